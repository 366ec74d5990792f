/** `highs/runtime` is the package's highs.wasm; the task pane's bundle gives its URL (webpack: asset/resource). */
declare module 'highs/runtime' {
  const url: string;
  export default url;
}
