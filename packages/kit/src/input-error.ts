import { quote } from './quote.ts';

/** A bad action input. The message names the input, shows the value and says what is accepted. */
export class InputError extends Error {
  readonly input: string;
  readonly value: string;

  constructor(input: string, value: string, message: string) {
    super(message);
    this.name = 'InputError';
    this.input = input;
    this.value = value;
  }
}

const MAX_SHOWN = 200;

/** The value as shown in a message: JSON-quoted, and shortened so a huge input cannot flood the log. */
export function shown(value: string): string {
  return quote(value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value);
}

/** `Input "name" must be <accepted>; got "<value>".` */
export function mustBe(input: string, value: string, accepted: string): InputError {
  return new InputError(input, value, `Input ${quote(input)} must be ${accepted}; got ${shown(value)}.`);
}
