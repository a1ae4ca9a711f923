import { describe, expect, it } from 'vitest';
import { balanceBidi, isolateBidi } from '../../../../scripts/core/text/isolateBidi.ts';

// Written with names so the table reads: LRE RLE PDF LRO RLO LRI RLI FSI PDI, and the marks.
const [LRE, RLE, PDF, LRO, RLO] = ['\u202a', '\u202b', '\u202c', '\u202d', '\u202e'];
const [LRI, RLI, FSI, PDI] = ['\u2066', '\u2067', '\u2068', '\u2069'];
const [LRM, RLM, ALM] = ['\u200e', '\u200f', '\u061c'];

describe('balanceBidi', () => {
  it.each<[string, string, string]>([
    ['an unclosed RLO', `Kordova ${RLO}Vesnik`, `Kordova ${RLO}Vesnik${PDF}`],
    ['an unclosed RLE', `${RLE}Port Eslin`, `${RLE}Port Eslin${PDF}`],
    ['an unclosed LRO', `Port ${LRO}Eslin`, `Port ${LRO}Eslin${PDF}`],
    ['an unclosed LRE', `${LRE}Eslin`, `${LRE}Eslin${PDF}`],
    ['an unclosed RLI', `${RLI}Ilse Marven`, `${RLI}Ilse Marven${PDI}`],
    ['an unclosed LRI', `${LRI}Ilse Marven`, `${LRI}Ilse Marven${PDI}`],
    ['an unclosed FSI', `Ilse ${FSI}Marven`, `Ilse ${FSI}Marven${PDI}`],
    [
      'nested, all unclosed: closed innermost first',
      `${RLO}a${LRI}b${RLE}c`,
      `${RLO}a${LRI}b${RLE}c${PDF}${PDI}${PDF}`,
    ],
    ['a balanced override kept as is', `a${RLO}b${PDF}c`, `a${RLO}b${PDF}c`],
    ['a balanced isolate kept as is', `a${RLI}b${PDI}c`, `a${RLI}b${PDI}c`],
    [
      'balanced nesting kept as is',
      `${RLE}a${FSI}b${LRO}c${PDF}${PDI}${PDF}`,
      `${RLE}a${FSI}b${LRO}c${PDF}${PDI}${PDF}`,
    ],
    ['a stray PDF dropped', `Vesnik${PDF} Guild`, 'Vesnik Guild'],
    ['a stray PDI dropped (it would close the isolate around the name)', `Vesnik${PDI} Guild`, 'Vesnik Guild'],
    [
      'a PDF inside an isolate cannot close the override outside',
      `${RLO}a${RLI}b${PDF}c`,
      `${RLO}a${RLI}bc${PDI}${PDF}`,
    ],
    ['a PDI closes the overrides opened inside its isolate', `${RLI}a${RLO}b${PDI}c`, `${RLI}a${RLO}b${PDF}${PDI}c`],
    ['marks kept', `${RLM}Eslin${LRM}${ALM}`, `${RLM}Eslin${LRM}${ALM}`],
    ['text without controls unchanged', 'Kordova Vesnik — Port Eslin', 'Kordova Vesnik — Port Eslin'],
  ])('%s', (_label, text, expected) => {
    expect(balanceBidi(text)).toBe(expected);
  });
});

describe('isolateBidi', () => {
  it.each<[string, string, string]>([
    ['an unclosed RLO: balanced and isolated', `${RLO}Vesnik`, `${FSI}${RLO}Vesnik${PDF}${PDI}`],
    ['an unclosed RLI: balanced and isolated', `${RLI}Vesnik`, `${FSI}${RLI}Vesnik${PDI}${PDI}`],
    ['a stray PDI cannot end the isolate early', `a${PDI}b`, `${FSI}ab${PDI}`],
    ['a lone mark: isolated', `Eslin${RLM}`, `${FSI}Eslin${RLM}${PDI}`],
    ['a balanced override: isolated, kept', `a${RLO}b${PDF}`, `${FSI}a${RLO}b${PDF}${PDI}`],
    ['text without controls: the same string', 'Ilse Marven', 'Ilse Marven'],
    ['right-to-left letters without controls: the same string', 'نور', 'نور'],
    ['empty', '', ''],
  ])('%s', (_label, text, expected) => {
    expect(isolateBidi(text)).toBe(expected);
  });
});
