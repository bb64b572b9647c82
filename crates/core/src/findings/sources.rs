//! Where each rule comes from, as data the dashboard and `?` help can show:
//! the requirement ids (R-ids, docs/format.md) and the sections of the
//! guidance they quote, with each document's title.

use serde::Serialize;

/// A source document of the guidance.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Document {
    /// `S0` … `S4`, as the requirements cite them.
    pub id: &'static str,
    /// Its title and publisher.
    pub title: &'static str,
}

/// The documents the rules rest on.
pub const DOCUMENTS: [Document; 5] = [
    Document {
        id: "S0",
        title: "KS: Veileder for bruk av sosiale medier i kommunen (2022)",
    },
    Document {
        id: "S1",
        title: "KS: Ny veileder for bruk av sosiale medier i kommunen (news, 20.12.2022)",
    },
    Document {
        id: "S2",
        title: "Datatilsynet: Viktigheten av personvern i kommunal sektor (slides, 2023)",
    },
    Document {
        id: "S3",
        title: "Norbergs kommun: Riktlinjer för sociala medier (SE)",
    },
    Document {
        id: "S4",
        title: "Difi-rapport 2012:2, sosiale medier i forvaltningen",
    },
];

/// One section of one document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Citation {
    /// The document, `S0` … `S4`.
    pub document: &'static str,
    /// The section heading (`§8 Prosess og forankring i ledelsen`).
    pub section: &'static str,
}

impl Citation {
    /// The document's title.
    pub fn title(&self) -> &'static str {
        DOCUMENTS
            .iter()
            .find(|d| d.id == self.document)
            .map_or("", |d| d.title)
    }
}

/// Where a rule comes from: requirement ids and the sections they quote.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The requirements, `R34, R35, R37`.
    pub requirements: &'static str,
    /// The sections in one line, `S0 §8 Prosess og forankring i ledelsen`.
    pub seed: &'static str,
    /// The same sections one by one; [`Citation::title`] names the document.
    pub citations: &'static [Citation],
}

/// What one rule checks, for help screens: the contract's table in short.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rule {
    /// `F01` … `F23`.
    pub id: &'static str,
    /// The severity as the contract states it (`warning; error after conditions_due`).
    pub severity: &'static str,
    /// What the rule checks.
    pub checks: &'static str,
}

const fn c(document: &'static str, section: &'static str) -> Citation {
    Citation { document, section }
}

const fn s(
    requirements: &'static str,
    seed: &'static str,
    citations: &'static [Citation],
) -> Source {
    Source {
        requirements,
        seed,
        citations,
    }
}

const S0_8: Citation = c("S0", "§8 Prosess og forankring i ledelsen");

/// The sources of F01-F23, in order.
pub const SOURCES: [(&str, Source); 26] = [
    (
        "F01",
        s(
            "R7, R15, R17",
            "S0 §1.2 Behov for vurderinger; S0 §2.1 Formål; S3 Att starta och administrera ett konto",
            &[
                c("S0", "§1.2 Behov for vurderinger"),
                c("S0", "§2.1 Formål"),
                c("S3", "Att starta och administrera ett konto"),
            ],
        ),
    ),
    (
        "F02",
        s(
            "R34, R35, R37",
            "S0 §8 Prosess og forankring i ledelsen",
            &[S0_8],
        ),
    ),
    (
        "F03",
        s(
            "R36",
            "S0 §8 Prosess og forankring i ledelsen (betinget godkjenning)",
            &[S0_8],
        ),
    ),
    (
        "F04",
        s(
            "R38",
            "S0 §8 Prosess og forankring i ledelsen (forhåndsdrøftelse)",
            &[S0_8],
        ),
    ),
    (
        "F05",
        s(
            "R33",
            "S0 §1.2 Behov for vurderinger; S4 §3.1",
            &[c("S0", "§1.2 Behov for vurderinger"), c("S4", "§3.1")],
        ),
    ),
    (
        "F06",
        s(
            "R23, R26, R27, R28",
            "S0 §4.2 Ordning ved felles behandlingsansvar; S0 §5 Behandlingsgrunnlag",
            &[
                c("S0", "§4.2 Ordning ved felles behandlingsansvar"),
                c("S0", "§5 Behandlingsgrunnlag"),
            ],
        ),
    ),
    (
        "F07",
        s(
            "R29",
            "S0 §6 Overføring til utlandet",
            &[c("S0", "§6 Overføring til utlandet")],
        ),
    ),
    (
        "F08",
        s(
            "R30",
            "S0 §7 Risiko for de registreres rettigheter og friheter",
            &[c(
                "S0",
                "§7 Risiko for de registreres rettigheter og friheter",
            )],
        ),
    ),
    (
        "F09",
        s(
            "R31, R32",
            "S0 forord; S4 §6.2",
            &[
                c("S0", "forord"),
                c("S4", "§6.2 Åpne møteplasser utfordrer byråkratrollen"),
            ],
        ),
    ),
    (
        "F10",
        s(
            "R20",
            "S0 §2.2 Art, omfang og sammenheng",
            &[c("S0", "§2.2 Art, omfang og sammenheng")],
        ),
    ),
    (
        "F11",
        s(
            "R39, R40, R41",
            "S3 Uppsikt och moderering; S0 §7",
            &[
                c("S3", "Uppsikt och moderering"),
                c("S0", "§7 Risiko for de registreres rettigheter og friheter"),
            ],
        ),
    ),
    (
        "F12",
        s(
            "R48, R49",
            "S3 Vad får jag publicera?; S3 Stänga ned ett konto",
            &[
                c("S3", "Vad får jag publicera?"),
                c("S3", "Stänga ned ett konto"),
            ],
        ),
    ),
    (
        "F13",
        s(
            "R3, R4, R5",
            "S3 Närvaro och ansvar; S3 Uppsikt och moderering; S3 Att starta och administrera ett konto",
            &[
                c("S3", "Närvaro och ansvar"),
                c("S3", "Uppsikt och moderering"),
                c("S3", "Att starta och administrera ett konto"),
            ],
        ),
    ),
    (
        "F14",
        s(
            "R2",
            "S3 Närvaro och ansvar",
            &[c("S3", "Närvaro och ansvar")],
        ),
    ),
    (
        "F15",
        s(
            "R6, R9, R11, R12",
            "S3 Central samordning; S3 Grafisk profil; S1; S0 §3 Informasjonssikkerhet",
            &[
                c("S3", "Central samordning"),
                c("S3", "Grafisk profil"),
                c("S1", "(news item)"),
                c("S0", "§3 Informasjonssikkerhet"),
            ],
        ),
    ),
    (
        "F16",
        s(
            "R44",
            "S0 §5.3 Forholdet til annet relevant regelverk; S4 §3.3",
            &[
                c("S0", "§5.3 Forholdet til annet relevant regelverk"),
                c("S4", "§3.3"),
            ],
        ),
    ),
    (
        "F17",
        s(
            "R46",
            "S3 Diarieföring, arkivering och gallring",
            &[c("S3", "Diarieföring, arkivering och gallring")],
        ),
    ),
    (
        "F18",
        s(
            "R47",
            "S3 Diarieföring, arkivering och gallring",
            &[c("S3", "Diarieföring, arkivering och gallring")],
        ),
    ),
    (
        "F19",
        s(
            "R10, R24, R42",
            "S3 Hur vi kommunicerar; S3 Grafisk profil; S0 §4.2; S4 §3.2",
            &[
                c("S3", "Hur vi kommunicerar i sociala medier"),
                c("S3", "Grafisk profil"),
                c("S0", "§4.2 Ordning ved felles behandlingsansvar"),
                c("S4", "§3.2"),
            ],
        ),
    ),
    (
        "F20",
        s(
            "R16, R21, R25, R51",
            "S0 §8; S0 §3 Informasjonssikkerhet; S0 §4.3 Etiske vurderinger; S3 Privacy Shield och Schrems II",
            &[
                S0_8,
                c("S0", "§3 Informasjonssikkerhet"),
                c("S0", "§4.3 Etiske vurderinger"),
                c("S3", "Privacy Shield och Schrems II"),
            ],
        ),
    ),
    (
        "F21",
        s(
            "R15, R34, R38, R46, R48",
            "S0 §8 Prosess og forankring i ledelsen; S3 Diarieföring, arkivering och gallring; S3 Vad får jag publicera?",
            &[
                S0_8,
                c("S3", "Diarieföring, arkivering och gallring"),
                c("S3", "Vad får jag publicera?"),
            ],
        ),
    ),
    (
        "F22",
        s(
            "R34, R36",
            "S0 §8 Prosess og forankring i ledelsen",
            &[S0_8],
        ),
    ),
    (
        "F23",
        s(
            "R37, R47, R49",
            "S0 §8 Prosess og forankring i ledelsen; S3 Stänga ned ett konto",
            &[S0_8, c("S3", "Stänga ned ett konto")],
        ),
    ),
    (
        "F24",
        s(
            "R33",
            "S0 §8 Prosess og forankring i ledelsen (revisjon av DPIA)",
            &[S0_8],
        ),
    ),
    (
        "F25",
        s(
            "R15, R34",
            "S0 §8 Prosess og forankring i ledelsen",
            &[S0_8],
        ),
    ),
    (
        "F26",
        s(
            "R34, R37",
            "S0 §8 Prosess og forankring i ledelsen",
            &[S0_8],
        ),
    ),
];

/// The source of rule `id`; empty for an id that is not a rule.
pub fn source_of(id: &str) -> Source {
    // `Fnn` is entry nn: asked for every finding of every account, so it
    // is found by its number, not compared with every id.
    super::rule_number(id)
        .and_then(|n| SOURCES.get(n.wrapping_sub(1)))
        .filter(|(fid, _)| *fid == id)
        .or_else(|| SOURCES.iter().find(|(fid, _)| *fid == id))
        .map_or(s("", "", &[]), |(_, s)| *s)
}

/// What each rule checks, in F-id order.
pub const RULES: [Rule; 26] = [
    r(
        "F01",
        "error",
        "In use without a completed DPIA, a DPIA purpose or an account purpose",
    ),
    r(
        "F02",
        "error",
        "In use without an approval that covers the current DPIA",
    ),
    r(
        "F03",
        "warning; error after conditions_due",
        "A conditional approval whose conditions are still open",
    ),
    r(
        "F04",
        "error",
        "Approved again with a high residual risk, without requesting prior consultation",
    ),
    r("F05", "warning", "The DPIA review is overdue"),
    r(
        "F06",
        "error",
        "Legal basis or joint-controllership arrangement missing",
    ),
    r(
        "F07",
        "error or warning",
        "Third-country transfer without a mechanism or a transfer impact assessment, or not assessed at all",
    ),
    r(
        "F08",
        "warning",
        "A risk without measures or residual level, or a completed DPIA with no risks",
    ),
    r(
        "F09",
        "error or warning",
        "A use KS advises against: high-risk service area, case handling, dialogue",
    ),
    r("F10", "warning", "The account reaches vulnerable groups"),
    r(
        "F11",
        "error or warning",
        "Comments without the moderation the guidance asks for",
    ),
    r("F12", "warning", "Inactive: update the account or close it"),
    r(
        "F13",
        "error or warning",
        "No current editor, or no current substitute",
    ),
    r(
        "F14",
        "error",
        "No manager approval of the channel, or the communications unit not consulted",
    ),
    r(
        "F15",
        "warning",
        "Credentials, work e-mail, training or hours not in place",
    ),
    r("F16", "warning", "No archiving routine"),
    r(
        "F17",
        "warning; error at twice the limit",
        "The yearly snapshot is missing or too old",
    ),
    r(
        "F18",
        "error",
        "Closing or closed without a snapshot before closing",
    ),
    r(
        "F19",
        "warning",
        "The profile lacks a privacy notice, house rules, website or sender statement",
    ),
    r(
        "F20",
        "warning",
        "The DPIA lacks depth: ethics, competences, supplier security, exemption",
    ),
    r(
        "F21",
        "error",
        "An entry dated after today: most likely a typo, ignored for the status",
    ),
    r(
        "F22",
        "warning",
        "The latest decision has no dpia_digest, so no one can tell if the DPIA changed",
    ),
    r(
        "F23",
        "warning",
        "The lifecycle state and [closing] disagree",
    ),
    r(
        "F24",
        "warning",
        "dpia.next_review is on or before the latest decision or review, so it is ignored",
    ),
    r(
        "F25",
        "error",
        "An approval was decided before the DPIA was completed",
    ),
    r(
        "F26",
        "error",
        "Signing is required and the trail does not back the latest decision: it does not count",
    ),
];

const fn r(id: &'static str, severity: &'static str, checks: &'static str) -> Rule {
    Rule {
        id,
        severity,
        checks,
    }
}

/// What rule `id` checks.
pub fn rule(id: &str) -> Option<&'static Rule> {
    RULES.iter().find(|r| r.id == id)
}
