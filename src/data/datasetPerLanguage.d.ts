// The dataset with one language's texts (scripts/datasetPerLanguage.ts, a Vite plugin).
declare module '*dataset.json?lang=en' {
  const dataset: unknown;
  export default dataset;
}
declare module '*dataset.json?lang=de' {
  const dataset: unknown;
  export default dataset;
}
