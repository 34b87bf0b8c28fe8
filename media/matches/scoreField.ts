// A score input (0..1) with its inline error. What is typed stays as typed: an empty or invalid value shows
// the error (aria-invalid, message linked by aria-describedby) and reads as invalid; it is never replaced by
// a default or clamped (a cleared "Merge all ≥" once read as 0 and offered to merge every group).
import { readScore, type ScoreReading } from '../../src/shared/matches/scoreInput';
import { el } from './dom';

let nextId = 0;

export class ScoreField {
  readonly input: HTMLInputElement;
  readonly error: HTMLElement;
  readonly root: HTMLElement;

  /** `invalidNote` is appended to the error (e.g. what still applies while the field is invalid). */
  constructor(
    label: string, ariaLabel: string, initial: number, step: string,
    private readonly onChange: (reading: ScoreReading) => void, private readonly invalidNote: () => string = () => '',
  ) {
    const errorId = `score-error-${nextId++}`;
    this.input = el('input', { attrs: { type: 'number', min: '0', max: '1', step, value: String(initial), 'aria-label': ariaLabel, 'aria-describedby': errorId } });
    this.error = el('span', { class: 'field-error', attrs: { id: errorId, 'aria-live': 'polite' } });
    this.error.hidden = true;
    this.root = el('span', { class: 'score-field' }, el('label', { text: label }, this.input), this.error);
    this.input.addEventListener('input', () => this.onChange(this.check()));
  }

  /** Reads the field and shows or clears its error. */
  check(): ScoreReading {
    const reading = readScore(this.input.value, this.input.validity.badInput);
    this.input.setAttribute('aria-invalid', String(!reading.ok));
    this.error.textContent = reading.ok ? '' : `${reading.error} ${this.invalidNote()}`.trim();
    this.error.hidden = reading.ok;
    return reading;
  }

  set(value: number): void {
    this.input.value = String(value);
    this.check();
  }
}
