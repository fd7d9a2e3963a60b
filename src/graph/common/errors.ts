/**
 * Public error codes and the domain errors the API raises. Each carries a stable `extensions.code`;
 * anything else is normalised to INTERNAL_SERVER_ERROR by the server.
 */
import { GraphQLError } from 'graphql';

/** Codes a client can rely on in `errors[].extensions.code`. */
export enum ErrorCode {
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  STORE_UNAVAILABLE = 'STORE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** A node the client asked for by id does not exist. */
export class NotFoundError extends GraphQLError {
  constructor(what: string, id: string) {
    super(`${what} ${JSON.stringify(id)} not found`, {
      extensions: { code: ErrorCode.NOT_FOUND, id },
    });
    this.name = 'NotFoundError';
  }
}

/** An argument is out of range or malformed. The message names the field, what was expected and what was given. */
export class BadUserInputError extends GraphQLError {
  constructor(field: string, expected: string, given: unknown) {
    super(`${field}: expected ${expected}, got ${JSON.stringify(given)}`, {
      extensions: { code: ErrorCode.BAD_USER_INPUT, field, expected, given },
    });
    this.name = 'BadUserInputError';
  }
}

/** Throws BAD_USER_INPUT unless `value` is an integer in [min, max]. Returns the value. */
export function requireIntInRange(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(field, `an integer between ${min} and ${max}`, value);
  }
  return value;
}
