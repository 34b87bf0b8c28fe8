// The "merge all at level ≤ N" input of a rule-based panel, with its inline error. Starts empty and reads as
// invalid until a whole level in range is typed: an empty field is never a default (see readLevel).
import { readLevel, type LevelReading } from '../../src/shared/matches/ruleLevels';
import { el } from './dom';

let nextId = 0;

export class LevelField {
  readonly input: HTMLInputElement;
  readonly error: HTMLElement;
  readonly root: HTMLElement;
  /** The domain's number of rules (levels above it cannot match). */
  max = 15;

  constructor(label: string, ariaLabel: string, private readonly onChange: (reading: LevelReading) => void) {
    const errorId = `level-error-${nextId++}`;
    this.input = el('input', { class: 'level-input', attrs: { type: 'number', min: '1', step: '1', value: '', 'aria-label': ariaLabel, 'aria-describedby': errorId } });
    this.error = el('span', { class: 'field-error', attrs: { id: errorId, 'aria-live': 'polite' } });
    this.error.hidden = true;
    this.root = el('span', { class: 'score-field' }, el('label', { text: label }, this.input), this.error);
    this.input.addEventListener('input', () => this.onChange(this.check()));
  }

  setMax(max: number): void {
    this.max = max;
    this.input.max = String(max);
  }

  /** Reads the field and shows or clears its error (an untouched empty field shows no error, but is invalid). */
  check(quietWhenEmpty = false): LevelReading {
    const reading = readLevel(this.input.value, this.input.validity.badInput, this.max);
    const quiet = quietWhenEmpty && this.input.value === '' && !this.input.validity.badInput;
    this.input.setAttribute('aria-invalid', String(!reading.ok && !quiet));
    this.error.textContent = reading.ok || quiet ? '' : reading.error;
    this.error.hidden = reading.ok || quiet;
    return reading;
  }
}
