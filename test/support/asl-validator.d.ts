declare module 'asl-validator' {
  /** asl-validator ships no types; this is the part of its API the tests use. */
  export default function aslValidator(definition: unknown): {
    isValid: boolean;
    errorsText: (separator?: string) => string;
  };
}
