// Two modules of pg that its types do not describe; group-commit.ts uses them as pg's own Query does.
declare module 'pg/lib/result.js' {
  const Result: new () => unknown;
  export default Result;
}
declare module 'pg/lib/utils.js' {
  const utils: { prepareValue(value: unknown): unknown };
  export default utils;
}
