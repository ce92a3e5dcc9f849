/**
 * `true` only when A and B are assignable both ways and have the same keys (an optional field on one
 * side only would pass assignability): a runtime schema (valibot drops keys it doesn't know) and the
 * core type it checks then cannot drift apart unnoticed.
 */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export type SameShape<A, B> = Same<A, B> extends true ? Same<keyof A, keyof B> : false;
