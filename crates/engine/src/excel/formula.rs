//! Evaluates one Excel formula of the financial functions, e.g. `=VDB(2400,300,10,0,0.875,1.5)`.
//!
//! The language is the part of Excel's that reconciling needs: number literals, TRUE and
//! FALSE, inline arrays `{-1000,300,400}` (`,` or `;` between items), arithmetic with
//! `+ - * / ^` and parentheses, omitted optional arguments (`PV(0.1,5,100,,1)`), DATE(y,m,d)
//! for serial dates, and the functions SLN SYD DDB DB VDB NPV IRR XNPV XIRR PMT PV FV.

use super::{db, ddb, fv, irr, npv, pmt, pv, sln, syd, vdb, xirr, xnpv, ExcelError};
use crate::calendar::{days_from_civil, EXCEL_EPOCH_DAYS};
use std::fmt;

/// Why a formula has no value: Excel's answer is an error value, or the text is not a formula.
#[derive(Debug, Clone, PartialEq)]
pub enum FormulaError {
    /// The formula is well formed and Excel would answer this error value.
    Excel(ExcelError),
    /// The text is not a formula this evaluator understands; Excel would refuse to enter it.
    Syntax(String),
}

impl From<ExcelError> for FormulaError {
    fn from(e: ExcelError) -> Self {
        FormulaError::Excel(e)
    }
}

impl fmt::Display for FormulaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FormulaError::Excel(e) => write!(f, "{e}"),
            FormulaError::Syntax(message) => write!(f, "not a formula: {message}"),
        }
    }
}

/// Evaluates `text` (with or without the leading `=`) to a number.
pub fn evaluate(text: &str) -> Result<f64, FormulaError> {
    let text = text.trim();
    let text = text.strip_prefix('=').unwrap_or(text);
    let mut parser = Parser {
        chars: text.chars().collect(),
        pos: 0,
        depth: 0,
    };
    let value = parser.expression()?;
    parser.skip_spaces();
    if parser.pos < parser.chars.len() {
        return Err(parser.syntax("unexpected text after the formula"));
    }
    Ok(value.number()?)
}

/// Formats a result as plain decimal notation with the fewest digits that read back as the
/// same f64 (Rust's `Display` for f64 never uses an exponent).
pub fn format_number(value: f64) -> String {
    if value == 0.0 {
        "0".to_owned() // Also turns -0 into 0, as Excel shows it.
    } else {
        value.to_string()
    }
}

#[derive(Debug, Clone)]
enum Value {
    Number(f64),
    Bool(bool),
    Array(Vec<f64>),
    /// An omitted argument, as in `PV(0.1,5,100,,1)`.
    Missing,
}

impl Value {
    fn number(&self) -> Result<f64, ExcelError> {
        match self {
            Value::Number(n) => Ok(*n),
            Value::Bool(b) => Ok(if *b { 1.0 } else { 0.0 }),
            Value::Array(items) if items.len() == 1 => Ok(items[0]),
            Value::Array(_) => Err(ExcelError::value(
                "an array was given where one number is expected",
            )),
            Value::Missing => Ok(0.0),
        }
    }
}

/// Excel allows 64 levels of nested functions; deeper input is refused before the parser's
/// recursion can exhaust the stack (a fuzz finding: 10,000 parentheses overflowed it).
const MAX_NESTING: u32 = 64;

struct Parser {
    chars: Vec<char>,
    pos: usize,
    /// Expressions and signs currently open.
    depth: u32,
}

impl Parser {
    fn syntax(&self, message: &str) -> FormulaError {
        FormulaError::Syntax(format!("{message} at character {}", self.pos + 1))
    }

    fn skip_spaces(&mut self) {
        while self.chars.get(self.pos).is_some_and(|c| c.is_whitespace()) {
            self.pos += 1;
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.skip_spaces();
        self.chars.get(self.pos).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Runs `f` one level deeper, refusing input nested past [`MAX_NESTING`].
    fn nested<T>(
        &mut self,
        f: impl FnOnce(&mut Self) -> Result<T, FormulaError>,
    ) -> Result<T, FormulaError> {
        if self.depth >= MAX_NESTING {
            return Err(self.syntax("the formula is nested more than 64 levels deep"));
        }
        self.depth += 1;
        let result = f(self);
        self.depth -= 1;
        result
    }

    fn expression(&mut self) -> Result<Value, FormulaError> {
        self.nested(Self::flat_expression)
    }

    fn flat_expression(&mut self) -> Result<Value, FormulaError> {
        let mut left = self.term()?;
        loop {
            let op = match self.peek() {
                Some(op @ ('+' | '-')) => op,
                _ => return Ok(left),
            };
            self.pos += 1;
            let right = self.term()?;
            let (a, b) = (left.number()?, right.number()?);
            left = Value::Number(if op == '+' { a + b } else { a - b });
        }
    }

    fn term(&mut self) -> Result<Value, FormulaError> {
        let mut left = self.unary()?;
        loop {
            let op = match self.peek() {
                Some(op @ ('*' | '/')) => op,
                _ => return Ok(left),
            };
            self.pos += 1;
            let right = self.unary()?;
            let (a, b) = (left.number()?, right.number()?);
            if op == '/' && b == 0.0 {
                return Err(ExcelError::div0("division by zero").into());
            }
            left = Value::Number(if op == '*' { a * b } else { a / b });
        }
    }

    /// Excel binds a leading minus tighter than `^`: `-2^2` is 4.
    fn unary(&mut self) -> Result<Value, FormulaError> {
        if self.eat('-') {
            return Ok(Value::Number(-self.nested(Self::unary)?.number()?));
        }
        if self.eat('+') {
            return self.nested(Self::unary);
        }
        self.power()
    }

    fn power(&mut self) -> Result<Value, FormulaError> {
        let base = self.primary()?;
        if self.eat('^') {
            let exponent = self.unary()?.number()?;
            let result = base.number()?.powf(exponent);
            if !result.is_finite() {
                return Err(ExcelError::num("the power is not a finite number").into());
            }
            return Ok(Value::Number(result));
        }
        Ok(base)
    }

    fn primary(&mut self) -> Result<Value, FormulaError> {
        match self.peek() {
            Some('(') => {
                self.pos += 1;
                let value = self.expression()?;
                if !self.eat(')') {
                    return Err(self.syntax("expected )"));
                }
                Ok(value)
            }
            Some('{') => self.array(),
            Some(c) if c.is_ascii_digit() || c == '.' => Ok(Value::Number(self.number_literal()?)),
            Some(c) if c.is_ascii_alphabetic() => self.name(),
            Some(_) => Err(self.syntax("expected a number, an array or a function")),
            None => Err(self.syntax("the formula ends too early")),
        }
    }

    fn number_literal(&mut self) -> Result<f64, FormulaError> {
        let start = self.pos;
        let digits = |p: &mut Parser| {
            while p.chars.get(p.pos).is_some_and(|c| c.is_ascii_digit()) {
                p.pos += 1;
            }
        };
        digits(self);
        if self.chars.get(self.pos) == Some(&'.') {
            self.pos += 1;
            digits(self);
        }
        if matches!(self.chars.get(self.pos), Some('e' | 'E')) {
            self.pos += 1;
            if matches!(self.chars.get(self.pos), Some('+' | '-')) {
                self.pos += 1;
            }
            digits(self);
        }
        let text: String = self.chars[start..self.pos].iter().collect();
        text.parse()
            .map_err(|_| self.syntax(&format!("{text:?} is not a number")))
    }

    fn array(&mut self) -> Result<Value, FormulaError> {
        self.pos += 1; // {
        let mut items = Vec::new();
        loop {
            let negative = self.eat('-');
            if !negative {
                self.eat('+');
            }
            let item = match self.peek() {
                Some(c) if c.is_ascii_digit() || c == '.' => self.number_literal()?,
                _ => return Err(self.syntax("an array holds numbers only")),
            };
            items.push(if negative { -item } else { item });
            if self.eat(',') || self.eat(';') {
                continue;
            }
            if self.eat('}') {
                return Ok(Value::Array(items));
            }
            return Err(self.syntax("expected , or } in the array"));
        }
    }

    fn name(&mut self) -> Result<Value, FormulaError> {
        let start = self.pos;
        while self
            .chars
            .get(self.pos)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == '.')
        {
            self.pos += 1;
        }
        let name: String = self.chars[start..self.pos]
            .iter()
            .collect::<String>()
            .to_ascii_uppercase();
        match name.as_str() {
            "TRUE" if self.peek() != Some('(') => return Ok(Value::Bool(true)),
            "FALSE" if self.peek() != Some('(') => return Ok(Value::Bool(false)),
            _ => {}
        }
        if !self.eat('(') {
            return Err(self.syntax(&format!("{name} must be followed by (")));
        }
        let args = self.arguments()?;
        call(&name, &args)
    }

    fn arguments(&mut self) -> Result<Vec<Value>, FormulaError> {
        let mut args = Vec::new();
        if self.eat(')') {
            return Ok(args);
        }
        loop {
            let arg = match self.peek() {
                Some(',') | Some(')') => Value::Missing,
                _ => self.expression()?,
            };
            args.push(arg);
            if self.eat(',') {
                continue;
            }
            if self.eat(')') {
                return Ok(args);
            }
            return Err(self.syntax("expected , or ) after an argument"));
        }
    }
}

/// The number at `index`, or `default` when the argument is absent or omitted.
fn optional(args: &[Value], index: usize, default: f64) -> Result<f64, ExcelError> {
    match args.get(index) {
        None | Some(Value::Missing) => Ok(default),
        Some(value) => value.number(),
    }
}

fn required(args: &[Value], index: usize) -> Result<f64, ExcelError> {
    args[index].number()
}

/// The numbers of an array argument. Excel ignores logical values inside arrays and ranges.
fn series(value: &Value) -> Result<Vec<f64>, ExcelError> {
    match value {
        Value::Array(items) => Ok(items.clone()),
        Value::Number(n) => Ok(vec![*n]),
        Value::Bool(_) | Value::Missing => Ok(Vec::new()),
    }
}

fn call(name: &str, args: &[Value]) -> Result<Value, FormulaError> {
    let arity = |min: usize, max: usize| -> Result<(), FormulaError> {
        if (min..=max).contains(&args.len()) {
            Ok(())
        } else if min == max {
            Err(FormulaError::Syntax(format!(
                "{name} takes {min} arguments, not {}",
                args.len()
            )))
        } else {
            Err(FormulaError::Syntax(format!(
                "{name} takes {min} to {max} arguments, not {}",
                args.len()
            )))
        }
    };
    let r = |i| required(args, i);
    let result = match name {
        "SLN" => {
            arity(3, 3)?;
            sln(r(0)?, r(1)?, r(2)?)?
        }
        "SYD" => {
            arity(4, 4)?;
            syd(r(0)?, r(1)?, r(2)?, r(3)?)?
        }
        "DDB" => {
            arity(4, 5)?;
            ddb(r(0)?, r(1)?, r(2)?, r(3)?, optional(args, 4, 2.0)?)?
        }
        "DB" => {
            arity(4, 5)?;
            db(r(0)?, r(1)?, r(2)?, r(3)?, optional(args, 4, 12.0)?)?
        }
        "VDB" => {
            arity(5, 7)?;
            let no_switch = optional(args, 6, 0.0)? != 0.0;
            vdb(
                r(0)?,
                r(1)?,
                r(2)?,
                r(3)?,
                r(4)?,
                optional(args, 5, 2.0)?,
                no_switch,
            )?
        }
        "NPV" => {
            if args.len() < 2 {
                return Err(FormulaError::Syntax(
                    "NPV takes a rate and at least one value".into(),
                ));
            }
            let mut values = Vec::new();
            for arg in &args[1..] {
                match arg {
                    // Logical values typed as arguments count; inside arrays they do not.
                    Value::Bool(_) => values.push(arg.number()?),
                    _ => values.extend(series(arg)?),
                }
            }
            npv(r(0)?, &values)?
        }
        "IRR" => {
            arity(1, 2)?;
            irr(&series(&args[0])?, optional(args, 1, 0.1)?)?
        }
        "XNPV" => {
            arity(3, 3)?;
            xnpv(r(0)?, &series(&args[1])?, &series(&args[2])?)?
        }
        "XIRR" => {
            arity(2, 3)?;
            xirr(
                &series(&args[0])?,
                &series(&args[1])?,
                optional(args, 2, 0.1)?,
            )?
        }
        "PMT" => {
            arity(3, 5)?;
            pmt(
                r(0)?,
                r(1)?,
                r(2)?,
                optional(args, 3, 0.0)?,
                optional(args, 4, 0.0)?,
            )?
        }
        "PV" => {
            arity(3, 5)?;
            pv(
                r(0)?,
                r(1)?,
                r(2)?,
                optional(args, 3, 0.0)?,
                optional(args, 4, 0.0)?,
            )?
        }
        "FV" => {
            arity(3, 5)?;
            fv(
                r(0)?,
                r(1)?,
                r(2)?,
                optional(args, 3, 0.0)?,
                optional(args, 4, 0.0)?,
            )?
        }
        "DATE" => {
            arity(3, 3)?;
            excel_date_serial(r(0)?, r(1)?, r(2)?)?
        }
        _ => {
            return Err(FormulaError::Syntax(format!(
                "{name} is not a supported function"
            )))
        }
    };
    Ok(Value::Number(result))
}

/// Excel's DATE in the 1900 date system: days since 1899-12-30 (correct from 1900-03-01 on,
/// where Excel's fictitious 1900-02-29 no longer matters). Months beyond 12 roll into years
/// and days beyond the month roll forward, as in Excel.
fn excel_date_serial(year: f64, month: f64, day: f64) -> Result<f64, ExcelError> {
    let (year, month, day) = (
        year.trunc() as i64,
        month.trunc() as i64,
        day.trunc() as i64,
    );
    if !(1900..=9999).contains(&year) {
        return Err(ExcelError::num("year must be between 1900 and 9999"));
    }
    let months = year * 12 + (month - 1);
    let (y, m) = (months.div_euclid(12), months.rem_euclid(12) + 1);
    Ok((days_from_civil(y, m) - EXCEL_EPOCH_DAYS + day - 1) as f64)
}
