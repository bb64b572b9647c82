//! A synthetic assessment repository of N realistic accounts, for benchmarks
//! and scale tests (a national register is about 20,000 accounts).
//!
//! Deterministic: the same N gives the same files, so runs can be compared.

use std::fmt::Write as _;
use std::io;
use std::path::Path;

const MUNICIPALITIES: [(&str, &str, &str); 12] = [
    ("bergen", "Bergen kommune", "NO"),
    ("trondheim", "Trondheim kommune", "NO"),
    ("tromso", "Tromsø kommune", "NO"),
    ("bodo", "Bodø kommune", "NO"),
    ("molde", "Molde kommune", "NO"),
    ("alta", "Alta kommune", "NO"),
    ("umea", "Umeå kommun", "SE"),
    ("lulea", "Luleå kommun", "SE"),
    ("falun", "Falu kommun", "SE"),
    ("aarhus", "Aarhus Kommune", "DK"),
    ("odense", "Odense Kommune", "DK"),
    ("oulu", "Oulun kaupunki", "FI"),
];

const UNITS: [(&str, &str, &str); 10] = [
    ("kultur", "Kulturkontoret", "kultur"),
    ("bibliotek", "Biblioteket", "kultur"),
    ("brann", "Brann og redning", "beredskap"),
    ("skole", "Skoleetaten", "oppvekst"),
    ("ungdom", "Ungdomstjenesten", "oppvekst"),
    ("helse", "Helsestasjonen", "helse"),
    ("idrett", "Idrett og friluftsliv", "kultur"),
    ("havn", "Havnevesenet", "teknisk"),
    ("naering", "Næringsavdelingen", "næring"),
    ("politikk", "Politisk sekretariat", "politikk"),
];

const PLATFORMS: [&str; 6] = [
    "facebook",
    "instagram",
    "linkedin",
    "youtube",
    "x",
    "tiktok",
];

/// A small deterministic generator (xorshift64*): no dependency, same output
/// on every machine.
struct Dice(u64);

impl Dice {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    /// A date in 2022-2024 (day 1-28, so every month has it).
    fn date(&mut self, from_year: u64) -> String {
        let year = from_year + self.below(2025 - from_year);
        format!("{year}-{:02}-{:02}", 1 + self.below(12), 1 + self.below(28))
    }
}

/// The id and text of account number `n`.
pub fn account(n: usize) -> (String, String) {
    let mut dice = Dice(0x9E37_79B9_7F4A_7C15 ^ (n as u64).wrapping_mul(0x1000_0000_01B3));
    let (slug, municipality, jurisdiction) = MUNICIPALITIES[n % MUNICIPALITIES.len()];
    let (unit_slug, unit, area) = UNITS[dice.below(UNITS.len() as u64) as usize];
    let platform = PLATFORMS[dice.below(PLATFORMS.len() as u64) as usize];
    let status = match dice.below(20) {
        0 => "planned",
        1 => "closing",
        2 => "closed",
        _ => "active",
    };
    let id = format!("{slug}/{platform}-{unit_slug}-{n}");
    let mut t = String::with_capacity(3000);
    let _ = write!(
        t,
        r#"#:schema ../../schemas/assessment.schema.json
schema_version = 1

[account]
municipality = "{municipality}"
platform = "{platform}"
name = "{unit} på {platform} ({n})"
url = "https://www.{platform}.com/{slug}{unit_slug}{n}"
owner_unit = "{unit}"
service_area = "{area}"
usage = "information"
status = "{status}"
created = {created}
email = "{unit_slug}@{slug}.kommune.no"
purpose = "Informere innbyggerne om tilbudet til {unit}"
plan_ref = "Kanalplan {unit} 2024"
main_channel_considered = true
jurisdiction = "{jurisdiction}"

[responsibility]
manager = "Leder for {unit}"
comms_unit_consulted = true
communications_unit = "Kommunikasjonsavdelingen"
credentials_held_centrally = {central}
hours_per_week = {hours}

[[responsibility.editors]]
name = "Redaktør {n}"
role = "editor"
trained = {trained}

[[responsibility.editors]]
name = "Stedfortreder {n}"
role = "substitute"
trained = {trained}

[profile]
website = "https://www.{slug}.kommune.no/{unit_slug}"
privacy_notice_url = "https://www.{slug}.kommune.no/personvern"
house_rules_url = "https://www.{slug}.kommune.no/some-regler"
states_sender_and_purpose = true

[dpia]
document_ref = "2024/{n:05}-2"
initial_screening = {screening}
completed = {completed}
competences = ["communication", "privacy", "information_security"]
purpose = "Oppfylle informasjonsplikten for {unit}"
features_used = ["posts", "comments", "likes"]
features_disabled = ["messenger", "ads"]
estimated_data_subjects = {subjects}
special_category_risk = "medium"
vulnerable_groups = []

[dpia.infosec]
supplier_documentation = "partial"

[dpia.controllership]
joint = true
art26_arrangement = "Page Insights Controller Addendum"

[dpia.legal_basis]
article = "6(1)(e)"
supplementary = "Kommuneloven § 4-1"

[dpia.transfer]
third_country = true
mechanism = "scc"
tia_ref = "2024/{n:05}-6"

[dpia.ethics]
method = "Navigasjonshjulet"
assessed = {completed}

[[dpia.risks]]
goal = "transparency"
risk = "Følgere profileres av plattformen"
measures = ["Personvernerklæring", "Ingen sporingspiksler"]
residual = "medium"

[[dpia.risks]]
goal = "accountability"
risk = "Helseopplysninger i kommentarfeltet"
measures = ["Kategori A-beredskap"]
residual = "{residual}"
"#,
        created = dice.date(2015),
        central = dice.below(10) != 0,
        hours = 1 + dice.below(8),
        trained = dice.date(2021),
        screening = dice.date(2022),
        completed = dice.date(2023),
        subjects = 100 + dice.below(20_000),
        residual = ["low", "medium", "high"][dice.below(3) as usize],
    );
    // Decisions recorded with somevakt carry the digest of the DPIA they were
    // taken on; about one in twenty was copied in by hand without it (F22).
    let digest = somevakt_core::parse::parse_assessment(&t)
        .map(|a| somevakt_core::digest::dpia_digest(&a.dpia))
        .unwrap_or_default();
    if dice.below(8) != 0 {
        let outcome = [
            "approved",
            "approved",
            "approved",
            "conditionally_approved",
            "not_approved",
        ][dice.below(5) as usize];
        let _ = write!(
            t,
            "\n[[decisions]]\ndate = {}\nbody = \"Kommunedirektørens ledergruppe\"\n\
             decided_by = \"Personvernombudet\"\noutcome = \"{outcome}\"\n\
             rationale = \"Akseptabel restrisiko med tiltakene i vurderingen\"\n\
             residual_risk = \"medium\"\n",
            dice.date(2023)
        );
        if dice.below(20) != 0 {
            let _ = writeln!(t, "dpia_digest = \"{digest}\"");
        }
        if outcome == "conditionally_approved" {
            let _ = write!(
                t,
                "conditions = [\"Publisere personvernerklæring\"]\nconditions_due = {}\n",
                dice.date(2024)
            );
        }
    }
    let _ = write!(
        t,
        "\n[moderation]\ncomments_enabled = true\nfrequency = \"daily_office_hours\"\n\
         removal_log_ref = \"2024/00312\"\n\n[moderation.categories]\n\
         a = \"Personopplysninger: svar innen 2 t\"\nb = \"Spørsmål: normal oppfølging\"\n\
         c = \"Generelt: ingen oppfølging\"\n\n[archive]\nroutine_ref = \"Arkivrutine v2\"\n\
         journal_rule = \"Innspill som fører til sak journalføres\"\n"
    );
    for _ in 0..dice.below(3) {
        let kind = if status == "closed" {
            "before_closing"
        } else {
            "yearly"
        };
        let _ = write!(
            t,
            "\n[[snapshots]]\ndate = {}\nkind = \"{kind}\"\nformat = \"PDF/A\"\narchive_ref = \"2024/{n:05}-9\"\n",
            dice.date(2023)
        );
    }
    let _ = write!(
        t,
        "\n[activity]\nlast_post = {}\nchecked = 2025-01-14\n\n[content]\nidentifiable_persons = \"consent\"\n",
        dice.date(2024)
    );
    if status == "closing" || status == "closed" {
        // Closing is decided and recorded before the status changes (F23).
        let _ = write!(
            t,
            "\n[closing]\ndecided = {}\ndecided_by = \"Leder for {unit}\"\n\
             reason = \"Kanalen erstattes av kommunens hovedside\"\n",
            dice.date(2024)
        );
    }
    (id, t)
}

/// Writes a repository of `count` accounts (and a policy) under `root`.
pub fn write_repository(root: &Path, count: usize) -> io::Result<()> {
    std::fs::create_dir_all(root.join("assessments"))?;
    std::fs::write(
        root.join("somevakt.toml"),
        "#:schema schemas/policy.schema.json\n[policy]\nmunicipal_email_domains = [\"kommune.no\"]\n",
    )?;
    for n in 0..count {
        let (id, text) = account(n);
        let path = root.join("assessments").join(format!("{id}.toml"));
        if let Some(folder) = path.parent() {
            std::fs::create_dir_all(folder)?;
        }
        std::fs::write(path, text)?;
    }
    Ok(())
}
