//! The Kubo RPC API's answers, read the same way by the relayer's pinner and the SDK's IPFS client
//! (against Kubo and js-ipfs alike).

/// How IPFS content is added, so that the same bytes give the same CID on any node: CIDv1, raw
/// leaves, SHA-256, in 1 MiB chunks.
pub const ADD_QUERY: [(&str, &str); 5] = [
    ("cid-version", "1"),
    ("raw-leaves", "true"),
    ("hash", "sha2-256"),
    ("chunker", CHUNKER),
    ("pin", "true"),
];

/// The chunker of every add.
pub const CHUNKER: &str = "size-1048576";

/// The CID in an `add` answer, whether `Size` is a string (Kubo) or a number (js-ipfs). The answer
/// may hold one JSON object per line (progress, then the result); the last one with a `Hash` wins.
pub fn cid_of_add_answer(body: &str) -> Option<String> {
    body.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v.get("Hash").and_then(|h| h.as_str()).map(str::to_string))
        .next_back()
}

/// The `Message` of an error answer, or the answer itself, trimmed.
pub fn error_message(body: &str) -> String {
    serde_json::from_str::<serde_json::Value>(body)
        .ok()
        .and_then(|v| v.get("Message").and_then(|m| m.as_str()).map(str::to_string))
        .unwrap_or_else(|| body.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn add_answer_parses_with_size_as_string_or_number() {
        let kubo = r#"{"Name":"x","Hash":"bafkrei","Size":"12"}"#;
        let js =
            "{\"Name\":\"x\",\"Hash\":\"bafy1\",\"Size\":3}\n{\"Hash\":\"bafy2\",\"Size\":4}\n";
        assert_eq!(cid_of_add_answer(kubo).as_deref(), Some("bafkrei"));
        assert_eq!(cid_of_add_answer(js).as_deref(), Some("bafy2"));
        assert_eq!(cid_of_add_answer("{}"), None);
    }

    #[test]
    fn an_error_answer_gives_its_message() {
        assert_eq!(error_message(r#"{"Message":"invalid chunker","Code":0}"#), "invalid chunker");
        assert_eq!(error_message(" Bad Gateway\n"), "Bad Gateway");
    }
}
