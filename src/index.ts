/**
 * hfdigest as a library: the repair of mojibake that `hfdigest fetch` and `hfdigest repair` use,
 * without the CLI or the network code.
 *
 *   import { repairText } from 'hfdigest';
 *   repairText('CafÃ© crÃ¨me').text; // 'Café crème'
 */
export { repairText, type RepairResult } from './repair/repair.js';
export { loadKoreanModel } from './repair/korean-model.js';
export type { Korean } from './repair/korean.js';
