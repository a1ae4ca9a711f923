import { loadTagger } from '../../scripts/context.ts';

/** The shipped tagger model, as a build hands it to the extractor (null where its file is missing). */
export const shipped = loadTagger().model;
