export { writeKnowledgeBase } from './writeKnowledgeBase.ts';
export { swapOutput } from './swapOutput.ts';
