//! The one way a closed set's value becomes a word and back.
//!
//! Every enum of the format (`platform`, `outcome`, `approval`, …) derives its
//! words with strum, spelled exactly as serde spells them in the files and
//! the JSON (a test checks that the two agree for every value). The CLI
//! parses with [`Word::from_word`], forms list [`Word::all`], tables and
//! help print [`Word::word`].

use std::str::FromStr;

use strum::VariantArray;

/// A value of a closed set, with the word the files use for it.
pub trait Word: Copy + Into<&'static str> + FromStr + VariantArray + 'static {
    /// The word in the files, the JSON and the CLI: `conditionally_approved`.
    fn word(self) -> &'static str {
        self.into()
    }

    /// The value a word names; `-` may stand for `_` (`--outcome not-approved`).
    fn from_word(text: &str) -> Option<Self> {
        Self::from_str(text.trim())
            .or_else(|_| Self::from_str(&text.trim().replace('-', "_")))
            .ok()
    }

    /// Every value, in the order the format lists them.
    fn all() -> &'static [Self] {
        Self::VARIANTS
    }

    /// The words of every value, for messages: `approved, conditionally_approved, not_approved`.
    fn words() -> String {
        Self::all()
            .iter()
            .map(|v| v.word())
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl<T> Word for T where T: Copy + Into<&'static str> + FromStr + VariantArray + 'static {}

#[cfg(test)]
mod tests {
    use super::Word;
    use crate::findings::Severity;
    use crate::model::*;
    use crate::reminders::ReminderKind;
    use crate::status::{ActivityStatus, Approval, ReviewStatus, SnapshotStatus};

    /// strum's word and serde's must be the same for every value, or the CLI
    /// would accept words the files reject.
    fn agrees<T: Word + serde::Serialize>() {
        for value in T::all() {
            let serde_word = serde_json::to_value(value).ok();
            assert_eq!(
                serde_word.as_ref().and_then(|v| v.as_str()),
                Some(value.word())
            );
            assert!(T::from_word(value.word()).is_some());
        }
    }

    #[test]
    fn strum_and_serde_spell_every_value_alike() {
        agrees::<Platform>();
        agrees::<Usage>();
        agrees::<AccountStatus>();
        agrees::<Jurisdiction>();
        agrees::<EditorRole>();
        agrees::<Competence>();
        agrees::<Level>();
        agrees::<SupplierDocumentation>();
        agrees::<LegalArticle>();
        agrees::<TransferMechanism>();
        agrees::<PrivacyGoal>();
        agrees::<Outcome>();
        agrees::<ModerationFrequency>();
        agrees::<SnapshotKind>();
        agrees::<IdentifiablePersons>();
        agrees::<Severity>();
        agrees::<ReminderKind>();
        agrees::<Approval>();
        agrees::<ReviewStatus>();
        agrees::<ActivityStatus>();
        agrees::<SnapshotStatus>();
    }

    #[test]
    fn dashes_stand_for_underscores() {
        assert_eq!(
            Outcome::from_word("not-approved"),
            Some(Outcome::NotApproved)
        );
        assert_eq!(Outcome::from_word("maybe"), None);
    }
}
