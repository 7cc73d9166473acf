/**
 * The detection engine's public API. Everything outside lib/engine/ imports from here, never from a pass.
 * Dependencies inside run one way: normalize → alias-index → tokens → walk/cues → topics → fuzzy-pass → detect → derived.
 */
export { createDetector, MIN_CONFIDENCE, type Detector } from './detect';
export type { ArticleMeta, DetectOptions, DetectResult, MatchKind, Mention } from './results';
export { compileIndex, loadIndex, restoreIndex, IMAGE_FORMAT, type IndexImage, phraseVariants, tokenSkeleton, unpackEntity, type CompiledIndex, type LoadedIndex } from './alias-index';
export { indexImage, derivedTables } from './derived';
export { foldToken, nameKey, skeleton } from './normalize';
export { encodeImage, decodeImage } from './image-codec';
export { REGION_TOPICS, STORY_TOPICS } from './topics-vocab';
export { splitPieces, WHOLE_CHARS, PIECE_CHARS } from './pieces';
