//! `input_type!`: declares an input object the caller sends, once. Each field is a line with
//! its doc comment, `opt` or `req`, its name (with `as "name"` when the caller's name is not
//! the camelCase of the Rust one) and its kind; the macro adds what every input field needs
//! (the tsify attributes, the `Field` wrapper, the TypeScript type of the kind), the reader
//! of the caller's object (`InputType`) and the list of fields for the form builder, so the
//! declaration is the only place that says which fields an input has and which are required.
//! No serde derive: an input is read by one field walk, not by a deserializer per type.
//!
//! Kinds `Id`, `Decimal`, `Whole`, `Date`, `String` and `bool` know their TypeScript type; a
//! closed set names it: `opt sort_order: SortOrder = "SortOrder",`. Two shared groups:
//! `@sorting(SortField = "SortField"),` (`sortBy`, `sortOrder`) and `@paging` (`limit`,
//! `offset`; last, as they come last in every list query).

/// See the module documentation.
macro_rules! input_type {
    ($(#[$meta:meta])* pub struct $name:ident { $($body:tt)* }) => {
        $crate::neucrm::types::input_type!(@next [$(#[$meta])*] $name [] [] [] $($body)*);
    };

    // The TypeScript type of each kind.
    (@next $m:tt $n:ident $d:tt $w:tt $rd:tt $(#[$a:meta])* $need:ident $f:ident $(as $js:literal)?: Id, $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@field $m $n $d $w $rd [$(#[$a])*] $need $f [$($js)?] Id = "string | number", $($r)*);
    };
    (@next $m:tt $n:ident $d:tt $w:tt $rd:tt $(#[$a:meta])* $need:ident $f:ident $(as $js:literal)?: Decimal, $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@field $m $n $d $w $rd [$(#[$a])*] $need $f [$($js)?] Decimal = "string | number", $($r)*);
    };
    (@next $m:tt $n:ident $d:tt $w:tt $rd:tt $(#[$a:meta])* $need:ident $f:ident $(as $js:literal)?: Date, $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@field $m $n $d $w $rd [$(#[$a])*] $need $f [$($js)?] Date = "string", $($r)*);
    };
    (@next $m:tt $n:ident $d:tt $w:tt $rd:tt $(#[$a:meta])* $need:ident $f:ident $(as $js:literal)?: String, $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@field $m $n $d $w $rd [$(#[$a])*] $need $f [$($js)?] String = "string", $($r)*);
    };
    (@next $m:tt $n:ident $d:tt $w:tt $rd:tt $(#[$a:meta])* $need:ident $f:ident $(as $js:literal)?: bool, $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@field $m $n $d $w $rd [$(#[$a])*] $need $f [$($js)?] bool = "boolean", $($r)*);
    };
    (@next $m:tt $n:ident $d:tt $w:tt $rd:tt $(#[$a:meta])* $need:ident $f:ident $(as $js:literal)?: $kind:ident = $ts:literal, $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@field $m $n $d $w $rd [$(#[$a])*] $need $f [$($js)?] $kind = $ts, $($r)*);
    };

    // The shared groups.
    (@next $m:tt $n:ident $d:tt $w:tt $rd:tt @sorting($sort:ident = $ts:literal), $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@next $m $n $d $w $rd
            /// What to sort by (default `"id"`). Ignored by counts.
            opt sort_by: $sort = $ts,
            /// Ascending or descending (default `"asc"`). Ignored by counts.
            opt sort_order: SortOrder = "SortOrder",
            $($r)*);
    };
    (@next $m:tt $n:ident [$($d:tt)*] $w:tt [$($rd:tt)*] @paging $(,)?) => {
        $crate::neucrm::types::input_type!(@done $m $n [$($d)*
            /// At most this many rows (default 10, up to 10000; more than 100 are fetched in several
            /// requests). Ignored by counts; for iteration, where to stop.
            #[tsify(optional, type = "number")]
            pub limit: Option<$crate::neucrm::types::Field<$crate::neucrm::types::Whole>>,
            /// Skip this many rows first (default 0). Ignored by counts.
            #[tsify(optional, type = "number")]
            pub offset: Option<$crate::neucrm::types::Field<$crate::neucrm::types::Whole>>,
        ] $w [$($rd)* (limit, []) (offset, [])]);
        impl $crate::neucrm::wire::Paged for $n {
            fn paging(&self) -> $crate::neucrm::wire::Paging<'_> {
                $crate::neucrm::wire::Paging { limit: &self.limit, offset: &self.offset }
            }
        }
    };
    (@next $m:tt $n:ident $d:tt $w:tt $rd:tt) => {
        $crate::neucrm::types::input_type!(@done $m $n $d $w $rd);
    };

    // One field: optional (`?` in TypeScript) or required.
    (@field $m:tt $n:ident [$($d:tt)*] [$($w:tt)*] [$($rd:tt)*] [$($a:tt)*] opt $f:ident [$($js:literal)?] $kind:ident = $ts:literal, $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@next $m $n [$($d)*
            $($a)*
            $(#[serde(rename = $js)])?
            #[tsify(optional, type = $ts)]
            pub $f: Option<$crate::neucrm::types::Field<$kind>>,
        ] [$($w)* ($f, false)] [$($rd)* ($f, [$($js)?])] $($r)*);
    };
    (@field $m:tt $n:ident [$($d:tt)*] [$($w:tt)*] [$($rd:tt)*] [$($a:tt)*] req $f:ident [$($js:literal)?] $kind:ident = $ts:literal, $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@next $m $n [$($d)*
            $($a)*
            $(#[serde(rename = $js)])?
            #[tsify(type = $ts)]
            pub $f: Option<$crate::neucrm::types::Field<$kind>>,
        ] [$($w)* ($f, true)] [$($rd)* ($f, [$($js)?])] $($r)*);
    };

    (@done [$($m:tt)*] $n:ident [$($d:tt)*] [$(($f:ident, $required:expr))*] [$(($rf:ident, [$($js:literal)?]))*]) => {
        $($m)*
        #[derive(tsify::Tsify, Default)]
        #[serde(rename_all = "camelCase")]
        pub struct $n {
            $($d)*
        }

        impl $crate::neucrm::types::InputType for $n {
            const FIELD_NAMES: &'static [&'static str] = &[$($crate::neucrm::types::input_type!(@name $rf $($js)?)),*];

            fn from_fields(fields: &crate::core::json::Map) -> Self {
                $n { $($rf: $crate::neucrm::types::field(fields, $crate::neucrm::types::input_type!(@name $rf $($js)?))),* }
            }
        }

        impl $crate::neucrm::wire::FormFields for $n {
            fn form_fields(&self) -> Vec<(&dyn $crate::neucrm::wire::FormValue, bool)> {
                vec![$((&self.$f, $required)),*]
            }
        }
    };

    (@name $f:ident $js:literal) => { $js };
    (@name $f:ident) => { $crate::core::js::caller_name_of!($f) };
}
pub(crate) use input_type;
