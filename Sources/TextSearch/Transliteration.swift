import Foundation

/// Any script spelled in Latin letters for URLs: ICU's Any-Latin transform (Foundation's
/// `applyingTransform(.toLatin)`), then folded to ASCII (`LetterFolding`): "Łódź" → "lodz",
/// "北京" → "bei jing", "القاهرة" → "alqahrh".
public enum Transliteration {
    public static func ascii(_ text: String) -> String {
        let latin = text.applyingTransform(.toLatin, reverse: false) ?? text
        return LetterFolding.fold(latin)
    }
}
