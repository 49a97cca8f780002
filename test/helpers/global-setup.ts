import { compileSources, publishCompiledSources } from "./compiled-sources";

/** Once per jest run, before any test file: the bins' child processes run the sources compiled once. */
export default async function globalSetup(): Promise<void> {
  publishCompiledSources(await compileSources());
}
