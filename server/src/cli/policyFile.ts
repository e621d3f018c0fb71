// A policy file as the CLI reads it: its text and its one analysis (its problems, its notice and its exports all
// come from that one parse).
import { readFileSync } from 'node:fs';
import { analyzeText, type Analysis } from '../core/analysis';

export interface PolicyFile {
  file: string;
  text: string;
  analysis: Analysis;
}

export function readPolicy(file: string): PolicyFile {
  const text = readFileSync(file, 'utf8');
  return { file, text, analysis: analyzeText(text) };
}
