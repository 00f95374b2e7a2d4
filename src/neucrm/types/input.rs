//! `input_type!`: declares an input object the caller sends, once. Each field is a line with
//! its doc comment, `opt` or `req`, its name and its kind; the macro adds what every input
//! field needs (serde and tsify attributes, the `Field` wrapper, the TypeScript type of the
//! kind) and lists the fields for the form builder, so the declaration is the only place that
//! says which fields an input has and which are required.
//!
//! Kinds `Id`, `Decimal`, `Whole`, `Date`, `String` and `bool` know their TypeScript type; a
//! closed set names it: `opt sort_order: SortOrder = "SortOrder",`. Two shared groups:
//! `@sorting(SortField = "SortField"),` (`sortBy`, `sortOrder`) and `@paging` (`limit`,
//! `offset`; last, as they come last in every list query).

/// See the module documentation.
macro_rules! input_type {
    ($(#[$meta:meta])* pub struct $name:ident { $($body:tt)* }) => {
        $crate::neucrm::types::input_type!(@next [$(#[$meta])*] $name [] [] $($body)*);
    };

    // The TypeScript type of each kind.
    (@next $m:tt $n:ident $d:tt $w:tt $(#[$a:meta])* $need:ident $f:ident: Id, $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@field $m $n $d $w [$(#[$a])*] $need $f Id = "string | number", $($r)*);
    };
    (@next $m:tt $n:ident $d:tt $w:tt $(#[$a:meta])* $need:ident $f:ident: Decimal, $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@field $m $n $d $w [$(#[$a])*] $need $f Decimal = "string | number", $($r)*);
    };
    (@next $m:tt $n:ident $d:tt $w:tt $(#[$a:meta])* $need:ident $f:ident: Date, $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@field $m $n $d $w [$(#[$a])*] $need $f Date = "string", $($r)*);
    };
    (@next $m:tt $n:ident $d:tt $w:tt $(#[$a:meta])* $need:ident $f:ident: String, $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@field $m $n $d $w [$(#[$a])*] $need $f String = "string", $($r)*);
    };
    (@next $m:tt $n:ident $d:tt $w:tt $(#[$a:meta])* $need:ident $f:ident: bool, $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@field $m $n $d $w [$(#[$a])*] $need $f bool = "boolean", $($r)*);
    };
    (@next $m:tt $n:ident $d:tt $w:tt $(#[$a:meta])* $need:ident $f:ident: $kind:ident = $ts:literal, $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@field $m $n $d $w [$(#[$a])*] $need $f $kind = $ts, $($r)*);
    };

    // The shared groups.
    (@next $m:tt $n:ident $d:tt $w:tt @sorting($sort:ident = $ts:literal), $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@next $m $n $d $w
            /// What to sort by (default `"id"`). Ignored by counts.
            opt sort_by: $sort = $ts,
            /// Ascending or descending (default `"asc"`). Ignored by counts.
            opt sort_order: SortOrder = "SortOrder",
            $($r)*);
    };
    (@next $m:tt $n:ident [$($d:tt)*] $w:tt @paging $(,)?) => {
        $crate::neucrm::types::input_type!(@done $m $n [$($d)*
            /// At most this many rows (default 10, up to 10000; more than 100 are fetched in several
            /// requests). Ignored by counts; for iteration, where to stop.
            #[serde(default)]
            #[tsify(optional, type = "number")]
            pub limit: Option<$crate::neucrm::types::Field<$crate::neucrm::types::Whole>>,
            /// Skip this many rows first (default 0). Ignored by counts.
            #[serde(default)]
            #[tsify(optional, type = "number")]
            pub offset: Option<$crate::neucrm::types::Field<$crate::neucrm::types::Whole>>,
        ] $w);
        impl $crate::neucrm::wire::Paged for $n {
            fn paging(&self) -> $crate::neucrm::wire::Paging<'_> {
                $crate::neucrm::wire::Paging { limit: &self.limit, offset: &self.offset }
            }
        }
    };
    (@next $m:tt $n:ident $d:tt $w:tt) => {
        $crate::neucrm::types::input_type!(@done $m $n $d $w);
    };

    // One field: optional (`#[serde(default)]`, `?` in TypeScript) or required.
    (@field $m:tt $n:ident [$($d:tt)*] [$($w:tt)*] [$($a:tt)*] opt $f:ident $kind:ident = $ts:literal, $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@next $m $n [$($d)*
            $($a)*
            #[serde(default)]
            #[tsify(optional, type = $ts)]
            pub $f: Option<$crate::neucrm::types::Field<$kind>>,
        ] [$($w)* ($f, false)] $($r)*);
    };
    (@field $m:tt $n:ident [$($d:tt)*] [$($w:tt)*] [$($a:tt)*] req $f:ident $kind:ident = $ts:literal, $($r:tt)*) => {
        $crate::neucrm::types::input_type!(@next $m $n [$($d)*
            $($a)*
            #[tsify(type = $ts)]
            pub $f: Option<$crate::neucrm::types::Field<$kind>>,
        ] [$($w)* ($f, true)] $($r)*);
    };

    (@done [$($m:tt)*] $n:ident [$($d:tt)*] [$(($f:ident, $required:expr))*]) => {
        $($m)*
        #[derive(tsify::Tsify, serde::Deserialize, Default)]
        #[serde(rename_all = "camelCase", deny_unknown_fields)]
        pub struct $n {
            $($d)*
        }

        impl $crate::neucrm::wire::FormFields for $n {
            fn form_fields(&self) -> Vec<(&dyn $crate::neucrm::wire::FormValue, bool)> {
                vec![$((&self.$f, $required)),*]
            }
        }
    };
}
pub(crate) use input_type;
