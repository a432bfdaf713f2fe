/** An error caused by the user's input: reported as one line, never with a stack trace. */
export class InputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InputError";
  }
}
