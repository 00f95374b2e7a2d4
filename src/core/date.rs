//! Calendar dates as the back ends write them: `YYYY-MM-DD`.

/// Why a date was refused: its shape, or a month or day that does not exist.
#[derive(Debug, PartialEq, Eq)]
pub enum DateProblem {
    /// Not ten characters `dddd-dd-dd`.
    Shape,
    /// There is no such month.
    Month(u32),
    /// The day (or year 0) does not exist in that month.
    Day,
}

/// Checks that `text` is a date written `YYYY-MM-DD` that exists (leap years included).
pub fn check_ymd(text: &str) -> Result<(), DateProblem> {
    let b = text.as_bytes();
    let shaped = b.len() == 10 && b.iter().enumerate().all(|(i, c)| if i == 4 || i == 7 { *c == b'-' } else { c.is_ascii_digit() });
    if !shaped {
        return Err(DateProblem::Shape);
    }
    let num = |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, c| n * 10 + u32::from(c - b'0'));
    let (year, month, day) = (num(0..4), num(5..7), num(8..10));
    let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    let days = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(DateProblem::Month(month)),
    };
    if year == 0 || day == 0 || day > days {
        return Err(DateProblem::Day);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{check_ymd, DateProblem};

    #[test]
    fn real_dates_pass_and_impossible_ones_say_why() {
        assert_eq!(check_ymd("2024-02-29"), Ok(()));
        assert_eq!(check_ymd("2023-02-29"), Err(DateProblem::Day));
        assert_eq!(check_ymd("1900-02-29"), Err(DateProblem::Day));
        assert_eq!(check_ymd("2000-02-29"), Ok(()));
        assert_eq!(check_ymd("2024-13-01"), Err(DateProblem::Month(13)));
        assert_eq!(check_ymd("0000-01-01"), Err(DateProblem::Day));
        assert_eq!(check_ymd("2024-1-01"), Err(DateProblem::Shape));
        assert_eq!(check_ymd("2024/01/01"), Err(DateProblem::Shape));
        assert_eq!(check_ymd("2024-01-3a"), Err(DateProblem::Shape));
    }
}
