/** A record under construction: the readonly domain type without `readonly`. */
export type Writable<T> = { -readonly [K in keyof T]: T[K] };
