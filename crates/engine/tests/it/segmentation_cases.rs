//! Sentence segmentation, case by case: each test renders the segmentation
//! one sentence per line (`paragraph role | text`, line breaks inside a
//! sentence shown as `⏎`) and compares it with the expected rendering.

use storydiff_engine::segment::{segment, tokenize, SentenceRole, TokenKind};

fn render(text: &str) -> String {
    let seg = segment(text);
    let mut out = String::new();
    for s in &seg.sentences {
        let role = match s.role {
            SentenceRole::Body => "body",
            SentenceRole::Headline => "headline",
            SentenceRole::Caption => "caption",
            SentenceRole::ListItem => "list",
        };
        let body = s.span.slice(text).replace("\r\n", "⏎").replace(['\n', '\r'], "⏎");
        out.push_str(&format!("p{} {role} | {body}\n", s.paragraph));
    }
    out
}

#[track_caller]
fn check(text: &str, expected: &str) {
    let expected: String =
        expected.lines().map(|l| format!("{}\n", l.trim())).filter(|l| l != "\n").collect();
    assert_eq!(render(text), expected, "\n--- got ---\n{}", render(text));
}

/// `text` → its tokens' comparison forms, space-separated.
fn norms(text: &str) -> String {
    tokenize(text).iter().map(|t| t.norm.as_str()).collect::<Vec<_>>().join(" ")
}

/// `text` → its tokens as written, `|`-separated.
fn pieces(text: &str) -> String {
    tokenize(text).iter().map(|t| t.span.slice(text)).collect::<Vec<_>>().join("|")
}

#[test]
fn abbreviations_do_not_end_sentences() {
    check(
        "U.S. officials met Mr. Smith at 9 a.m. on Dec. 2. Gov. Mike DeWine and Sen. Jane Doe left at 5 p.m. \
         Friday. Lt. Col. J. R. Smith spoke to the U.N. Security Council in Jan. 2024. No. 5 was next.",
        "p0 body | U.S. officials met Mr. Smith at 9 a.m. on Dec. 2.
         p0 body | Gov. Mike DeWine and Sen. Jane Doe left at 5 p.m. Friday.
         p0 body | Lt. Col. J. R. Smith spoke to the U.N. Security Council in Jan. 2024.
         p0 body | No. 5 was next.",
    );
}

#[test]
fn abbreviations_end_sentences_when_a_new_one_starts() {
    check(
        "The talks ended at 5 p.m. The delegates left. They met in the U.S. They did not meet in Jan. \
         Officials said the shares of Apple Inc. rose. He lives in Fort Smith, Ark. \
         Prosecutors say otherwise, officials said.",
        "p0 body | The talks ended at 5 p.m.
         p0 body | The delegates left.
         p0 body | They met in the U.S.
         p0 body | They did not meet in Jan.
         p0 body | Officials said the shares of Apple Inc. rose.
         p0 body | He lives in Fort Smith, Ark.
         p0 body | Prosecutors say otherwise, officials said.",
    );
}

#[test]
fn company_and_state_abbreviations() {
    check(
        "He is based in Randolph, Mass. Cara, a food chain, is based in Toronto. Service Corp. \
         International said it expects a profit. He works for Salomon Brothers Inc. Ms. Applebaum \
         disagreed. It competes with Hewlett-Packard Co. Recently, analysts said so. \
         INDEPENDENCE, Mo. (AP) \u{2014} A storm hit.",
        "p0 body | He is based in Randolph, Mass.
         p0 body | Cara, a food chain, is based in Toronto.
         p0 body | Service Corp. International said it expects a profit.
         p0 body | He works for Salomon Brothers Inc.
         p0 body | Ms. Applebaum disagreed.
         p0 body | It competes with Hewlett-Packard Co.
         p0 body | Recently, analysts said so.
         p0 body | INDEPENDENCE, Mo. (AP) \u{2014} A storm hit.",
    );
}

#[test]
fn initials_and_ranks_stay_inside_names() {
    check(
        "Former President George W. Bush met Col. Inf. Irham Waroiham. Police spokesman Snr. Comr. Agus Rianto \
         spoke. The book by J.R.R. Tolkien sold well in St. Louis. It sold in Plan B. The end.",
        "p0 body | Former President George W. Bush met Col. Inf. Irham Waroiham.
         p0 body | Police spokesman Snr. Comr. Agus Rianto spoke.
         p0 body | The book by J.R.R. Tolkien sold well in St. Louis.
         p0 body | It sold in Plan B.
         p0 body | The end.",
    );
}

#[test]
fn figures_do_not_end_sentences() {
    check(
        "Rates rose 4.5% to $1.2 billion at 9:30 on 12.03.2024. The 0.98-inch laptop weighs 6.6 pounds. \
         It rose in 2003. 20 people left.",
        "p0 body | Rates rose 4.5% to $1.2 billion at 9:30 on 12.03.2024.
         p0 body | The 0.98-inch laptop weighs 6.6 pounds.
         p0 body | It rose in 2003.
         p0 body | 20 people left.",
    );
}

#[test]
fn quotations_end_where_their_sentence_ends() {
    check(
        "\u{201c}We want a deal,\u{201d} Trump said. \u{201c}Nobody was inside.\u{201d} He left. \
         \"It was over.\" Then it rained. 'Go home.' She went.",
        "p0 body | \u{201c}We want a deal,\u{201d} Trump said.
         p0 body | \u{201c}Nobody was inside.\u{201d}
         p0 body | He left.
         p0 body | \"It was over.\"
         p0 body | Then it rained.
         p0 body | 'Go home.'
         p0 body | She went.",
    );
}

#[test]
fn questions_and_exclamations_in_quotes_keep_their_attribution() {
    check(
        "\"Why?\" he asked. \"Why not?\" Sen. Jane Smith asked. \u{201c}Stop!\u{201d} the officer shouted. \
         \"Who knows?\" Nobody answered. Is it over? Yes!",
        "p0 body | \"Why?\" he asked.
         p0 body | \"Why not?\" Sen. Jane Smith asked.
         p0 body | \u{201c}Stop!\u{201d} the officer shouted.
         p0 body | \"Who knows?\"
         p0 body | Nobody answered.
         p0 body | Is it over?
         p0 body | Yes!",
    );
}

#[test]
fn quotes_spaced_off_by_a_tokenizer_stay_with_their_sentence() {
    check(
        "He said \" It is done . \" Then he left. She said \u{201c}No. \u{201d} He agreed.",
        "p0 body | He said \" It is done . \"
         p0 body | Then he left.
         p0 body | She said \u{201c}No. \u{201d}
         p0 body | He agreed.",
    );
}

#[test]
fn ellipses_end_sentences_only_before_a_capital() {
    check(
        "He paused ... then left. It was over\u{2026} The end. We waited... And waited.",
        "p0 body | He paused ... then left.
         p0 body | It was over\u{2026}
         p0 body | The end.
         p0 body | We waited...
         p0 body | And waited.",
    );
}

#[test]
fn sentences_may_start_with_a_lower_case_brand() {
    check(
        "Apple updated the Mac. iPhoto gained faces. eBay fell.",
        "p0 body | Apple updated the Mac.
         p0 body | iPhoto gained faces.
         p0 body | eBay fell.",
    );
}

#[test]
fn headlines_stand_alone() {
    check(
        "Putin Signals Obstacles to U.S. Peace Plan\nUpdated Dec. 4, 2025 10:41 AM\nPutin spoke. He left.\nKremlin Discussions\nThe talks ended.",
        "p0 headline | Putin Signals Obstacles to U.S. Peace Plan
         p1 headline | Updated Dec. 4, 2025 10:41 AM
         p2 body | Putin spoke.
         p2 body | He left.
         p3 headline | Kremlin Discussions
         p4 body | The talks ended.",
    );
    check(
        "Putin Signals Obstacles\n\nPutin spoke. He left.\n\nKremlin Discussions\n\nThe talks ended.\n",
        "p0 headline | Putin Signals Obstacles
         p1 body | Putin spoke.
         p1 body | He left.
         p2 headline | Kremlin Discussions
         p3 body | The talks ended.",
    );
}

#[test]
fn datelines_stay_with_their_sentence() {
    check(
        "HARWELL, Ohio (Dec. 8) \u{2014} Six people were hurt. MOSCOW (AP) \u{2014} Putin spoke.\n\
         KYIV, Ukraine (AP) \u{2014}\nA missile struck the city. WASHINGTON, D.C. (Reuters) - Talks ended.",
        "p0 body | HARWELL, Ohio (Dec. 8) \u{2014} Six people were hurt.
         p0 body | MOSCOW (AP) \u{2014} Putin spoke.
         p1 body | KYIV, Ukraine (AP) \u{2014}⏎A missile struck the city.
         p1 body | WASHINGTON, D.C. (Reuters) - Talks ended.",
    );
}

#[test]
fn a_dateline_alone_in_its_paragraph_opens_the_next() {
    check(
        "WASHINGTON (AP) --\n\nPreliminary tests link him to it.\n\nNAIROBI, Kenya (AP) _\n\nBombs exploded.\n\nMore later.",
        "p0 body | WASHINGTON (AP) --⏎⏎Preliminary tests link him to it.
         p1 body | NAIROBI, Kenya (AP) _⏎⏎Bombs exploded.
         p2 body | More later.",
    );
}

#[test]
fn a_figure_in_parentheses_does_not_make_a_headline() {
    check(
        "Shares fell.\n\nBritish Gas shed 8.5 pence to close at 185 pence ($2.90).\n\nHeadline here (Updated)",
        "p0 body | Shares fell.
         p1 body | British Gas shed 8.5 pence to close at 185 pence ($2.90).
         p2 headline | Headline here (Updated)",
    );
}

#[test]
fn a_caption_with_its_credit_is_one_sentence() {
    check(
        "Russian President Vladimir Putin, third right, attends talks in Moscow, Russia, Tuesday, Dec. 2, 2025. \
         (Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP)\n\
         Firefighters work at the scene. (AP Photo/J. Scott Applewhite, File)\n\
         A man walks past a damaged building in Kyiv (AP Photo/Efrem Lukatsky)\n\
         The plan failed. (Reporting by Jane Doe; Editing by John Roe)\n\
         It rained. (This story has been corrected.)",
        "p0 caption | Russian President Vladimir Putin, third right, attends talks in Moscow, Russia, Tuesday, Dec. 2, 2025. (Alexander Kazakov, Sputnik, Kremlin Pool Photo via AP)
         p1 caption | Firefighters work at the scene. (AP Photo/J. Scott Applewhite, File)
         p2 caption | A man walks past a damaged building in Kyiv (AP Photo/Efrem Lukatsky)
         p3 body | The plan failed. (Reporting by Jane Doe; Editing by John Roe)
         p4 body | It rained.
         p4 body | (This story has been corrected.)",
    );
}

#[test]
fn list_items_are_their_own_sentences() {
    check(
        "Key points:\n- Prices rose. Wages fell.\n* Rents were flat\n\u{2022} Jobs grew\n1. First item.\n2) Second item\n(3) Third item\n\
         The list ended.",
        "p0 body | Key points:
         p1 list | - Prices rose.
         p1 list | Wages fell.
         p2 list | * Rents were flat
         p3 list | \u{2022} Jobs grew
         p4 list | 1. First item.
         p5 list | 2) Second item
         p6 list | (3) Third item
         p7 body | The list ended.",
    );
}

#[test]
fn enumerators_inside_a_paragraph_open_their_sentence() {
    check(
        "Questions remain. 1. Will they scale it? 2. How fast?",
        "p0 body | Questions remain.
         p0 body | 1. Will they scale it?
         p0 body | 2. How fast?",
    );
}

#[test]
fn blank_lines_separate_paragraphs() {
    check(
        "First paragraph. Still first.\n\nSecond paragraph.\n\n\n  Third, indented.  \n",
        "p0 body | First paragraph.
         p0 body | Still first.
         p1 body | Second paragraph.
         p2 body | Third, indented.",
    );
}

#[test]
fn without_blank_lines_each_line_is_a_paragraph() {
    check(
        "First paragraph. Still first.\nSecond paragraph.\nThird paragraph.\n",
        "p0 body | First paragraph.
         p0 body | Still first.
         p1 body | Second paragraph.
         p2 body | Third paragraph.",
    );
}

const WRAPPED: &str = "Senate confirms nominee

WASHINGTON (AP) \u{2014} The Senate voted 52-48 on Tuesday to
confirm the nominee, ending a months-long fight over the
post. Democrats said the vote was rushed.

Sen. Jane Smith, D-Mass., said the process was flawed. \"We
were not given the documents,\" she said. The White House
disagreed.

The nominee will be sworn in on Jan. 5 at 10 a.m. in the
Oval Office, officials said.
";

#[test]
fn hard_wrapped_lines_are_joined() {
    check(
        WRAPPED,
        "p0 headline | Senate confirms nominee
         p1 body | WASHINGTON (AP) \u{2014} The Senate voted 52-48 on Tuesday to⏎confirm the nominee, ending a months-long fight over the⏎post.
         p1 body | Democrats said the vote was rushed.
         p2 body | Sen. Jane Smith, D-Mass., said the process was flawed.
         p2 body | \"We⏎were not given the documents,\" she said.
         p2 body | The White House⏎disagreed.
         p3 body | The nominee will be sworn in on Jan. 5 at 10 a.m. in the⏎Oval Office, officials said.",
    );
}

#[test]
fn hard_wrapped_lines_without_blank_lines_break_at_indents() {
    let text = "    The Senate voted 52-48 on Tuesday to confirm the\n\
                nominee, ending a months-long fight over the post.\n\
                Democrats said the vote was rushed.\n\
                \x20   Sen. Jane Smith said the process was flawed. \"We\n\
                were not given the documents,\" she said.\n";
    check(
        text,
        "p0 body | The Senate voted 52-48 on Tuesday to confirm the⏎nominee, ending a months-long fight over the post.
         p0 body | Democrats said the vote was rushed.
         p1 body | Sen. Jane Smith said the process was flawed.
         p1 body | \"We⏎were not given the documents,\" she said.",
    );
}

#[test]
fn crlf_line_endings_segment_like_lf() {
    let crlf = WRAPPED.replace('\n', "\r\n");
    assert_eq!(render(&crlf), render(WRAPPED));
    let text = "Headline here\r\nFirst line. Second.\r\n\r\nNext paragraph.\r\n";
    check(
        text,
        "p0 headline | Headline here
         p0 body | First line.
         p0 body | Second.
         p1 body | Next paragraph.",
    );
}

#[test]
fn other_scripts_and_symbols() {
    check(
        "\u{41f}\u{443}\u{442}\u{438}\u{43d} \u{441}\u{43a}\u{430}\u{437}\u{430}\u{43b}. \u{41e}\u{43d} \u{443}\u{448}\u{451}\u{43b}. \
         \u{5e9}\u{5dc}\u{5d5}\u{5dd} \u{5e2}\u{5d5}\u{5dc}\u{5dd}. \u{4f60}\u{597d}\u{3002}\u{518d}\u{89c1}\u{3002} \u{1f44d} Great!",
        "p0 body | \u{41f}\u{443}\u{442}\u{438}\u{43d} \u{441}\u{43a}\u{430}\u{437}\u{430}\u{43b}.
         p0 body | \u{41e}\u{43d} \u{443}\u{448}\u{451}\u{43b}.
         p0 body | \u{5e9}\u{5dc}\u{5d5}\u{5dd} \u{5e2}\u{5d5}\u{5dc}\u{5dd}.
         p0 body | \u{4f60}\u{597d}\u{3002}
         p0 body | \u{518d}\u{89c1}\u{3002}
         p0 body | \u{1f44d} Great!",
    );
    check(
        "\u{647}\u{644} \u{627}\u{646}\u{62a}\u{647}\u{649}\u{61f} \u{646}\u{639}\u{645}. \
         \u{92f}\u{939} \u{920}\u{940}\u{915} \u{939}\u{948}\u{964} \u{939}\u{93e}\u{901}\u{964}",
        "p0 body | \u{647}\u{644} \u{627}\u{646}\u{62a}\u{647}\u{649}\u{61f}
         p0 body | \u{646}\u{639}\u{645}.
         p0 body | \u{92f}\u{939} \u{920}\u{940}\u{915} \u{939}\u{948}\u{964}
         p0 body | \u{939}\u{93e}\u{901}\u{964}",
    );
}

#[test]
fn tokens_keep_figures_words_and_abbreviations_whole() {
    assert_eq!(
        pieces(
            "U.S.-led son-in-law's $1.2 billion, 4.5% at 9:30 a.m. 40,000 7-2 3-year-old O'Brien"
        ),
        "U.S.|-|led|son-in-law|'s|$|1.2|billion|,|4.5|%|at|9:30|a.m.|40,000|7-2|3-year-old|O'Brien"
    );
    let kinds: Vec<TokenKind> =
        tokenize("40,000 7-2 3-year-old \u{201c}").iter().map(|t| t.kind).collect();
    assert_eq!(kinds, [TokenKind::Number, TokenKind::Number, TokenKind::Word, TokenKind::Quote]);
}

#[test]
fn tokenizer_spacing_does_not_change_norms() {
    assert_eq!(norms("Trump's plan"), norms("Trump 's plan"));
    assert_eq!(norms("Trump\u{2019}s plan"), norms("Trump's plan"));
    assert_eq!(norms("they don't"), norms("they do n't"));
    assert_eq!(norms("they don't"), norms("they do not"));
    assert_eq!(norms("we can't"), norms("we ca n't"));
    assert_eq!(norms("they're here"), norms("they are here"));
    assert_eq!(norms("\u{201c}Stop\u{201d} \u{2014} now"), norms("\"Stop\" - now"));
    assert_eq!(norms("It\u{2019}s 40,000"), norms("it's 40000"));
    assert_eq!(norms("six people"), norms("6 people"));
    assert_eq!(norms("a three-year-old girl"), norms("a 3-year-old girl"));
    assert_eq!(norms("twenty-five percent"), norms("25 %"));
    assert_eq!(norms("4.5 percent"), norms("4.5%"));
    assert_eq!(norms("40\u{202f}000 people"), norms("40,000 people"));
    assert_eq!(norms("the U.S. and U.K."), norms("the US and UK"));
    assert_eq!(norms("Jos\u{e9} and Zelenskyy"), norms("Jose\u{301} and zelenskyy"));
}

#[test]
fn invisible_characters_do_not_break_tokens() {
    let text = "Tru\u{200b}mp \u{202b}Putin\u{202c} Kush\u{ad}ner \u{feff}said";
    assert_eq!(pieces(text), "Tru\u{200b}mp|Putin|Kush\u{ad}ner|said");
    assert_eq!(norms(text), "trump putin kushner said");
    // Combining marks belong to their letter.
    assert_eq!(pieces("Jose\u{301} Zo\u{308}e"), "Jose\u{301}|Zo\u{308}e");
    // An emoji ZWJ sequence, a flag and a skin tone are one token each.
    let family = "\u{1f468}\u{200d}\u{1f469}\u{200d}\u{1f467}";
    let flag = "\u{1f1fa}\u{1f1e6}";
    let thumb = "\u{1f44d}\u{1f3fd}";
    assert_eq!(pieces(&format!("{family} {flag}{thumb}!")), format!("{family}|{flag}|{thumb}|!"));
}

#[test]
fn a_200_kb_line_without_punctuation_is_one_sentence() {
    let text = "word ".repeat(40_000);
    let seg = segment(&text);
    assert_eq!(seg.sentences.len(), 1);
    assert_eq!(seg.tokens.len(), 40_000);
    assert_eq!(seg.sentences[0].tokens, 0..40_000);
}

#[test]
fn ten_thousand_quote_marks_do_not_hurt() {
    for mark in ["\"", "\u{201c}", "'", "\u{2019}", "\". "] {
        let text = mark.repeat(10_000);
        let seg = segment(&text);
        assert!(!seg.sentences.is_empty());
        assert_eq!(seg.sentences.last().map(|s| s.span.end), Some(text.trim_end().len()));
    }
}

#[test]
fn empty_and_blank_texts_have_no_sentences() {
    for text in ["", " ", "\n\n", "\r\n\t \u{3000}"] {
        let seg = segment(text);
        assert!(
            seg.sentences.is_empty() && seg.paragraphs.is_empty() && seg.tokens.is_empty(),
            "{text:?}"
        );
    }
}

#[test]
fn an_emoji_after_the_full_stop_leaves_a_sentence_finished() {
    // Not a headline: a sentence ends at its full stop, whatever pictures
    // follow it (a headline is aligned only with headlines).
    check(
        "The council voted 6-3 on Wednesday to approve a budget. \u{1F600}",
        "p0 body | The council voted 6-3 on Wednesday to approve a budget. \u{1F600}",
    );
    check(
        "Officials were pleased. \u{1F44D}\u{1F3FD}\u{FE0F}\n\nThe vote was close.",
        "p0 body | Officials were pleased. \u{1F44D}\u{1F3FD}\u{FE0F}
         p1 body | The vote was close.",
    );
}
