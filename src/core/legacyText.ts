/**
 * Recognising text typed with the 1990s Vietnamese font encodings (TCVN3 ".VnTime", VNI), which old
 * files still carry: "C¶i c¸ch hµnh chÝnh" (TCVN3), "Caûi caùch haønh chính" (VNI). Such text cannot be
 * matched reliably, so the user is told (SPEC / OFFICE-NOTES). Conversion is a later issue.
 */

/** Symbols TCVN3 uses for Vietnamese letters and that Unicode Vietnamese text never contains. */
const TCVN3_SYMBOLS = /[¶¸µ¹¨©ª«¬®¯°±²³´·½¾¼¦§¤¥¢£]/g;
/** Letters only Unicode Vietnamese has (ă, ơ, ư, đ and the dotted/hooked vowels). */
const UNICODE_VIETNAMESE = /[ăâơưđạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
/** VNI writes tones as a second Latin-1 character after the vowel: "aø", "aù", "eá", "oï". */
const VNI_PAIRS = /[aeiouyâêô][øùûõïòóôöñ]/gi;

export function looksLikeLegacyEncoding(text: string): boolean {
  if (!text || UNICODE_VIETNAMESE.test(text.normalize('NFC'))) return false;
  const tcvn = text.match(TCVN3_SYMBOLS)?.length ?? 0;
  if (tcvn >= 2) return true;
  const vni = text.match(VNI_PAIRS)?.length ?? 0;
  return vni >= 3;
}
