// A virtualized single-select listbox with fixed row height: only the visible rows plus an overscan exist in
// the DOM, drawn from a pool that is recycled by index (row i always uses pool[i % size]), so scrolling one
// row re-renders one row. Keyboard: Up/Down/PageUp/PageDown/Home/End move, Enter/Space opens.
export interface VirtualListOptions {
  readonly scroller: HTMLElement;
  readonly rowHeight: number;
  readonly overscan: number;
  readonly idPrefix: string;
  createRow(): HTMLElement;
  renderRow(row: HTMLElement, index: number): void;
  onOpen(index: number): void;
  onActiveChange?(index: number): void;
  /** Called after each paint with the index range now in the DOM (for lazy loading). */
  onRangeRendered?(first: number, last: number): void;
}

export class VirtualList {
  private count = 0;
  private activeIndex = -1;
  private readonly spacer: HTMLElement;
  private pool: HTMLElement[] = [];
  private readonly shownIndex = new Map<HTMLElement, number>();
  private frame = 0;
  private dirtyAll = false;

  constructor(private readonly o: VirtualListOptions) {
    const s = o.scroller;
    s.setAttribute('role', 'listbox');
    s.tabIndex = 0;
    this.spacer = document.createElement('div');
    this.spacer.className = 'vlist-spacer';
    s.appendChild(this.spacer);
    s.addEventListener('scroll', () => this.schedule());
    s.addEventListener('keydown', (e) => this.onKey(e));
    s.addEventListener('click', (e) => {
      const row = (e.target as HTMLElement).closest<HTMLElement>('[role="option"]');
      const index = row ? this.shownIndex.get(row) : undefined;
      if (index === undefined) return;
      this.setActive(index);
      this.o.onOpen(index);
    });
    new ResizeObserver(() => this.schedule(true)).observe(s);
  }

  get active(): number { return this.activeIndex; }
  get size(): number { return this.count; }

  /** New row count (e.g. after filtering); keeps the active index in range. */
  setCount(count: number, activeIndex = this.activeIndex): void {
    this.count = count;
    this.spacer.style.height = `${count * this.o.rowHeight}px`;
    this.activeIndex = count === 0 || activeIndex < 0 ? -1 : Math.min(activeIndex, count - 1);
    this.schedule(true);
  }

  /** Re-renders every row in the DOM (data changed), on the next frame. */
  refresh(): void { this.schedule(true); }

  setActive(index: number, reveal = true): void {
    if (this.count === 0) return;
    const next = Math.max(0, Math.min(this.count - 1, index));
    this.activeIndex = next;
    if (reveal) this.reveal(next);
    this.o.onActiveChange?.(next);
    this.schedule(true);
  }

  focus(): void { this.o.scroller.focus(); }

  scrollTop(): number { return this.o.scroller.scrollTop; }
  setScrollTop(top: number): void { this.o.scroller.scrollTop = top; this.schedule(true); }

  private reveal(index: number): void {
    const s = this.o.scroller;
    const top = index * this.o.rowHeight;
    if (top < s.scrollTop) s.scrollTop = top;
    else if (top + this.o.rowHeight > s.scrollTop + s.clientHeight) s.scrollTop = top + this.o.rowHeight - s.clientHeight;
  }

  private onKey(e: KeyboardEvent): void {
    const page = Math.max(1, Math.floor(this.o.scroller.clientHeight / this.o.rowHeight) - 1);
    const from = this.activeIndex < 0 ? -1 : this.activeIndex;
    const moves: Record<string, () => number> = {
      ArrowDown: () => from + 1, ArrowUp: () => Math.max(0, from - 1), PageDown: () => from + page,
      PageUp: () => Math.max(0, from - page), Home: () => 0, End: () => this.count - 1,
    };
    if (moves[e.key]) {
      e.preventDefault();
      this.setActive(moves[e.key]());
    } else if ((e.key === 'Enter' || e.key === ' ') && this.activeIndex >= 0) {
      e.preventDefault();
      this.o.onOpen(this.activeIndex);
    }
  }

  private schedule(all = false): void {
    this.dirtyAll ||= all;
    if (!this.frame) this.frame = requestAnimationFrame(() => this.paint());
  }

  /** Paints now (normally runs on the next animation frame; the app calls it directly for the first rows). */
  paint(): void {
    if (this.frame) cancelAnimationFrame(this.frame);
    this.frame = 0;
    const { rowHeight, overscan, scroller } = this.o;
    const viewRows = Math.ceil((scroller.clientHeight || rowHeight * 20) / rowHeight);
    const poolSize = viewRows + 2 * overscan + 1;
    if (this.pool.length !== poolSize) this.resizePool(poolSize);
    const first = Math.max(0, Math.floor(scroller.scrollTop / rowHeight) - overscan);
    const last = Math.min(this.count - 1, first + poolSize - 1);
    const all = this.dirtyAll;
    this.dirtyAll = false;
    for (const row of this.pool) {
      const current = this.shownIndex.get(row);
      if (current !== undefined && (current < first || current > last)) this.hide(row);
    }
    for (let i = first; i <= last; i++) {
      const row = this.pool[i % poolSize];
      if (!all && this.shownIndex.get(row) === i) continue;
      this.shownIndex.set(row, i);
      row.hidden = false;
      row.id = `${this.o.idPrefix}${i}`;
      row.style.transform = `translateY(${i * rowHeight}px)`;
      row.setAttribute('aria-setsize', String(this.count));
      row.setAttribute('aria-posinset', String(i + 1));
      row.setAttribute('aria-selected', String(i === this.activeIndex));
      row.classList.toggle('active', i === this.activeIndex);
      this.o.renderRow(row, i);
    }
    if (this.activeIndex >= first && this.activeIndex <= last) scroller.setAttribute('aria-activedescendant', `${this.o.idPrefix}${this.activeIndex}`);
    else scroller.removeAttribute('aria-activedescendant');
    if (last >= first) this.o.onRangeRendered?.(first, last);
  }

  private hide(row: HTMLElement): void {
    this.shownIndex.delete(row);
    row.hidden = true;
    row.removeAttribute('id');
  }

  private resizePool(size: number): void {
    for (const row of this.pool) row.remove();
    this.shownIndex.clear();
    this.pool = Array.from({ length: size }, () => {
      const row = this.o.createRow();
      row.setAttribute('role', 'option');
      row.className = `${row.className} vlist-row`.trim();
      row.style.height = `${this.o.rowHeight}px`;
      row.hidden = true;
      this.o.scroller.appendChild(row);
      return row;
    });
  }
}
