//! The digest's canonical JSON written straight from serde, without
//! building a `serde_json::Value` first.
//!
//! Every account's status compares its latest decision's digest with the
//! DPIA's (R34), so the digest is taken for nearly every account on every
//! load, every `status` and every dashboard refresh. Through a `Value` it
//! built a map node, a key and a string for every field and sorted copies of
//! the keys: the largest single cost of a warm `status` on a register whose
//! decisions carry digests (issue 14). Here a value is rendered into one
//! byte buffer; an object's members are rendered there first and then
//! copied out in key order. The bytes are the same as
//! [`super::canonical_via_value`]'s (a property test holds them equal);
//! a shape this writer does not handle (maps, floats, enum variants with
//! data: none is in `[dpia]` today) makes it give up, and the digest is
//! taken the old way.

use std::ops::Range;

use serde::ser::{self, Serialize};

/// The canonical JSON of `value`, or `None` when it has a shape this
/// writer leaves to the `Value` route.
///
/// Nested values leave their parts behind them in `arena` (an object's
/// members before they were sorted): the value is the range returned.
pub(super) fn canonical(value: &impl Serialize, arena: &mut Vec<u8>) -> Option<Range<usize>> {
    value.serialize(Writer { arena }).ok()
}

/// Anything but the shapes handled here.
#[derive(Debug)]
pub(super) struct Unsupported;

impl std::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a shape the canonical writer does not handle")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

/// Renders one value at the end of the arena; the result is where it is.
struct Writer<'a> {
    arena: &'a mut Vec<u8>,
}

impl Writer<'_> {
    fn raw(self, text: &[u8]) -> Result<Range<usize>, Unsupported> {
        let start = self.arena.len();
        self.arena.extend_from_slice(text);
        Ok(start..self.arena.len())
    }
}

/// `text` as a JSON string, escaped as serde_json's compact writer does:
/// `"` and `\`, the five short escapes, `\u00XX` (lower-case hex) for the
/// other control characters; everything else as it is.
fn escape(out: &mut Vec<u8>, text: &str) {
    out.push(b'"');
    let bytes = text.as_bytes();
    let plain = |b: u8| b >= 0x20 && b != b'"' && b != b'\\';
    // Nearly every key and value needs no escape: one pass without a branch
    // per byte (vector instructions) tells, and the text is copied whole.
    if bytes.iter().fold(true, |all, &b| all & plain(b)) {
        out.extend_from_slice(bytes);
        out.push(b'"');
        return;
    }
    // Where the bytes not yet copied start.
    let mut copied = 0;
    let mut at = 0;
    while at < bytes.len() {
        // Sixteen plain bytes at a time without a branch per byte (the
        // compiler turns this into vector instructions): nearly all text is.
        if let Some(block) = bytes.get(at..at + 16)
            && block.iter().fold(true, |all, &b| all & plain(b))
        {
            at += 16;
            continue;
        }
        let b = bytes[at];
        at += 1;
        let short = match b {
            b'"' => b'"',
            b'\\' => b'\\',
            0x08 => b'b',
            0x0c => b'f',
            b'\n' => b'n',
            b'\r' => b'r',
            b'\t' => b't',
            0x00..=0x1f => b'u',
            _ => continue,
        };
        out.extend_from_slice(&bytes[copied..at - 1]);
        copied = at;
        out.push(b'\\');
        out.push(short);
        if short == b'u' {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.extend_from_slice(b"00");
            out.push(HEX[usize::from(b >> 4)]);
            out.push(HEX[usize::from(b & 0xf)]);
        }
    }
    out.extend_from_slice(&bytes[copied..]);
    out.push(b'"');
}

impl<'a> ser::Serializer for Writer<'a> {
    type Ok = Range<usize>;
    type Error = Unsupported;
    type SerializeSeq = Seq<'a>;
    type SerializeTuple = Seq<'a>;
    type SerializeTupleStruct = Seq<'a>;
    type SerializeTupleVariant = ser::Impossible<Range<usize>, Unsupported>;
    type SerializeMap = ser::Impossible<Range<usize>, Unsupported>;
    type SerializeStruct = Object<'a>;
    type SerializeStructVariant = ser::Impossible<Range<usize>, Unsupported>;

    fn serialize_bool(self, v: bool) -> Result<Self::Ok, Self::Error> {
        self.raw(if v { b"true" } else { b"false" })
    }

    fn serialize_i8(self, v: i8) -> Result<Self::Ok, Self::Error> {
        self.serialize_i64(i64::from(v))
    }

    fn serialize_i16(self, v: i16) -> Result<Self::Ok, Self::Error> {
        self.serialize_i64(i64::from(v))
    }

    fn serialize_i32(self, v: i32) -> Result<Self::Ok, Self::Error> {
        self.serialize_i64(i64::from(v))
    }

    fn serialize_i64(self, v: i64) -> Result<Self::Ok, Self::Error> {
        // Integers print as serde_json prints them: plain decimal.
        self.raw(v.to_string().as_bytes())
    }

    fn serialize_u8(self, v: u8) -> Result<Self::Ok, Self::Error> {
        self.serialize_u64(u64::from(v))
    }

    fn serialize_u16(self, v: u16) -> Result<Self::Ok, Self::Error> {
        self.serialize_u64(u64::from(v))
    }

    fn serialize_u32(self, v: u32) -> Result<Self::Ok, Self::Error> {
        self.serialize_u64(u64::from(v))
    }

    fn serialize_u64(self, v: u64) -> Result<Self::Ok, Self::Error> {
        self.raw(v.to_string().as_bytes())
    }

    fn serialize_f32(self, _: f32) -> Result<Self::Ok, Self::Error> {
        Err(Unsupported)
    }

    fn serialize_f64(self, _: f64) -> Result<Self::Ok, Self::Error> {
        Err(Unsupported)
    }

    fn serialize_char(self, v: char) -> Result<Self::Ok, Self::Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }

    fn serialize_str(self, v: &str) -> Result<Self::Ok, Self::Error> {
        let start = self.arena.len();
        escape(self.arena, v);
        Ok(start..self.arena.len())
    }

    fn serialize_bytes(self, _: &[u8]) -> Result<Self::Ok, Self::Error> {
        Err(Unsupported)
    }

    fn serialize_none(self) -> Result<Self::Ok, Self::Error> {
        self.raw(b"null")
    }

    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<Self::Ok, Self::Error> {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result<Self::Ok, Self::Error> {
        self.raw(b"null")
    }

    fn serialize_unit_struct(self, _: &'static str) -> Result<Self::Ok, Self::Error> {
        self.raw(b"null")
    }

    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<Self::Ok, Self::Error> {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        value: &T,
    ) -> Result<Self::Ok, Self::Error> {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<Self::Ok, Self::Error> {
        Err(Unsupported)
    }

    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Self::Error> {
        Ok(Seq::open(self.arena))
    }

    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Self::Error> {
        Ok(Seq::open(self.arena))
    }

    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Self::Error> {
        Ok(Seq::open(self.arena))
    }

    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Self::Error> {
        Err(Unsupported)
    }

    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Self::Error> {
        Err(Unsupported)
    }

    fn serialize_struct(
        self,
        _: &'static str,
        len: usize,
    ) -> Result<Self::SerializeStruct, Self::Error> {
        Ok(Object {
            arena: self.arena,
            members: Vec::with_capacity(len),
        })
    }

    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Self::Error> {
        Err(Unsupported)
    }
}

/// An array: its items are rendered first (an object leaves its unsorted
/// members behind it), then copied out in order.
struct Seq<'a> {
    arena: &'a mut Vec<u8>,
    items: Vec<Range<usize>>,
}

impl<'a> Seq<'a> {
    fn open(arena: &'a mut Vec<u8>) -> Self {
        Seq {
            arena,
            items: Vec::new(),
        }
    }

    fn item<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Unsupported> {
        let at = value.serialize(Writer {
            arena: &mut *self.arena,
        })?;
        self.items.push(at);
        Ok(())
    }

    fn close(self) -> Result<Range<usize>, Unsupported> {
        let start = self.arena.len();
        self.arena.push(b'[');
        for (i, item) in self.items.into_iter().enumerate() {
            if i > 0 {
                self.arena.push(b',');
            }
            self.arena.extend_from_within(item);
        }
        self.arena.push(b']');
        Ok(start..self.arena.len())
    }
}

/// Serde's three sequence forms, which the canonical JSON writes alike.
macro_rules! as_array {
    ($($trait:ident::$method:ident),*) => {$(
        impl ser::$trait for Seq<'_> {
            type Ok = Range<usize>;
            type Error = Unsupported;

            fn $method<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Unsupported> {
                self.item(value)
            }

            fn end(self) -> Result<Range<usize>, Unsupported> {
                self.close()
            }
        }
    )*};
}

as_array!(
    SerializeSeq::serialize_element,
    SerializeTuple::serialize_element,
    SerializeTupleStruct::serialize_field
);

/// An object: members rendered in the order serde gives them, then written
/// out sorted by key.
struct Object<'a> {
    arena: &'a mut Vec<u8>,
    members: Vec<(&'static str, Range<usize>)>,
}

impl ser::SerializeStruct for Object<'_> {
    type Ok = Range<usize>;
    type Error = Unsupported;

    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        key: &'static str,
        value: &T,
    ) -> Result<(), Unsupported> {
        let at = value.serialize(Writer {
            arena: &mut *self.arena,
        })?;
        self.members.push((key, at));
        Ok(())
    }

    fn end(mut self) -> Result<Range<usize>, Unsupported> {
        // A stable sort keeps a key given twice in the order given; the
        // last one is written, as a map would keep it (a derived struct
        // never gives one twice, so this costs nothing but a comparison).
        self.members.sort_by(|a, b| a.0.cmp(b.0));
        let start = self.arena.len();
        self.arena.push(b'{');
        let mut first = true;
        for (i, (key, value)) in self.members.iter().enumerate() {
            if self.members.get(i + 1).is_some_and(|next| next.0 == *key) {
                continue;
            }
            if !first {
                self.arena.push(b',');
            }
            first = false;
            escape(self.arena, key);
            self.arena.push(b':');
            self.arena.extend_from_within(value.clone());
        }
        self.arena.push(b'}');
        Ok(start..self.arena.len())
    }
}
