//! Charts drawn in Rust as SVG, so the CLI makes the same PDF as the app with no window.
//! Values become coordinates through f64 here: geometry, never a reported number.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use std::fmt::Write;

pub const WIDTH: f64 = 760.0;
pub const HEIGHT: f64 = 300.0;
const LEFT: f64 = 70.0;
const RIGHT: f64 = 60.0;
const TOP: f64 = 20.0;
const BOTTOM: f64 = 60.0;

/// Colours that stay distinct in print and for common colour blindness (Okabe–Ito).
pub const PALETTE: [&str; 8] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
];

pub struct Series {
    pub name: String,
    pub values: Vec<Decimal>,
}

/// XML-escapes user text (cohort ids, scenario names) so it stays text in the SVG, after
/// making it safe to display as the pack's own text is (`text::for_display`).
fn escape(text: &str) -> String {
    crate::text::for_display(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

fn f(value: Decimal) -> f64 {
    value.to_f64().unwrap_or(0.0)
}

/// A round step for about five gridlines over `span`: 1, 2 or 5 × 10^k.
fn nice_step(span: f64) -> f64 {
    if span <= 0.0 || !span.is_finite() {
        return 1.0;
    }
    let raw = span / 5.0;
    let magnitude = 10f64.powf(raw.log10().floor());
    let residual = raw / magnitude;
    let nice = if residual <= 1.0 {
        1.0
    } else if residual <= 2.0 {
        2.0
    } else if residual <= 5.0 {
        5.0
    } else {
        10.0
    };
    nice * magnitude
}

struct Axis {
    low: f64,
    high: f64,
    step: f64,
}

impl Axis {
    fn over(values: impl Iterator<Item = f64>) -> Self {
        let (mut low, mut high) = (0.0f64, 0.0f64);
        for v in values {
            low = low.min(v);
            high = high.max(v);
        }
        if high == low {
            high = low + 1.0;
        }
        let step = nice_step(high - low);
        Axis {
            low: (low / step).floor() * step,
            high: (high / step).ceil() * step,
            step,
        }
    }

    fn y(&self, value: f64) -> f64 {
        TOP + (HEIGHT - TOP - BOTTOM) * (self.high - value) / (self.high - self.low)
    }

    fn ticks(&self) -> Vec<f64> {
        let mut ticks = Vec::new();
        let mut v = self.low;
        while v <= self.high + self.step / 2.0 {
            ticks.push(v);
            v += self.step;
        }
        ticks
    }
}

/// Tick labels: 1,234 with a k/M suffix for large values.
fn tick_label(value: f64) -> String {
    let abs = value.abs();
    let (scaled, suffix) = if abs >= 1e9 {
        (value / 1e9, "B")
    } else if abs >= 1e6 {
        (value / 1e6, "M")
    } else if abs >= 1e3 {
        (value / 1e3, "k")
    } else {
        (value, "")
    };
    let text = if scaled.fract().abs() < 1e-9 {
        format!("{scaled:.0}")
    } else {
        format!("{scaled:.1}")
    };
    format!("{}{suffix}", text.replace('-', "−"))
}

struct Canvas {
    svg: String,
    font: String,
}

impl Canvas {
    fn new(font: &str) -> Self {
        let mut svg = String::new();
        let _ = write!(
            svg,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" viewBox="0 0 {WIDTH} {HEIGHT}" font-family="{font}" font-size="10">"#
        );
        Canvas {
            svg,
            font: font.to_owned(),
        }
    }

    fn text(&mut self, x: f64, y: f64, anchor: &str, text: &str) {
        let _ = write!(
            self.svg,
            r##"<text x="{x:.1}" y="{y:.1}" text-anchor="{anchor}" fill="#333">{}</text>"##,
            escape(text)
        );
    }

    fn grid(&mut self, axis: &Axis, unit: &str, right_axis: Option<(&Axis, &str)>) {
        for tick in axis.ticks() {
            let y = axis.y(tick);
            let stroke = if tick == 0.0 { "#888" } else { "#ddd" };
            let _ = write!(
                self.svg,
                r#"<line x1="{LEFT}" y1="{y:.1}" x2="{:.1}" y2="{y:.1}" stroke="{stroke}" stroke-width="0.6"/>"#,
                WIDTH - RIGHT
            );
            self.text(LEFT - 6.0, y + 3.5, "end", &tick_label(tick));
        }
        self.text(12.0, TOP - 6.0, "start", unit);
        if let Some((right, label)) = right_axis {
            for tick in right.ticks() {
                self.text(
                    WIDTH - RIGHT + 6.0,
                    right.y(tick) + 3.5,
                    "start",
                    &tick_label(tick),
                );
            }
            self.text(WIDTH - 8.0, TOP - 6.0, "end", label);
        }
    }

    fn categories(&mut self, categories: &[String]) {
        let slot = (WIDTH - LEFT - RIGHT) / categories.len().max(1) as f64;
        let every = (categories.len() / 12).max(1);
        for (i, c) in categories
            .iter()
            .enumerate()
            .filter(|(i, _)| i % every == 0)
        {
            self.text(
                LEFT + slot * (i as f64 + 0.5),
                HEIGHT - BOTTOM + 14.0,
                "middle",
                c,
            );
        }
    }

    fn legend(&mut self, names: &[(&str, &str)]) {
        let mut x = LEFT;
        for (name, colour) in names {
            let y = HEIGHT - 18.0;
            let _ = write!(
                self.svg,
                r#"<rect x="{x:.1}" y="{:.1}" width="10" height="10" fill="{colour}"/>"#,
                y - 9.0
            );
            self.text(x + 14.0, y, "start", name);
            // Approximate advance widths at 10 px: CJK characters are full width.
            let width: f64 = name
                .chars()
                .map(|c| if c >= '\u{2E80}' { 10.0 } else { 5.6 })
                .sum();
            x += 24.0 + width;
        }
    }

    fn finish(mut self) -> String {
        let _ = self.font;
        self.svg.push_str("</svg>");
        self.svg
    }
}

/// Each series' name with its palette colour, in order.
fn legend_of(series: &[Series]) -> Vec<(&str, &str)> {
    series
        .iter()
        .enumerate()
        .map(|(k, s)| (s.name.as_str(), PALETTE[k % PALETTE.len()]))
        .collect()
}

/// Grouped bars: one group per category, one bar per series.
pub fn grouped_bars(categories: &[String], series: &[Series], unit: &str, font: &str) -> String {
    let mut c = Canvas::new(font);
    let axis = Axis::over(series.iter().flat_map(|s| s.values.iter().map(|v| f(*v))));
    c.grid(&axis, unit, None);
    let slot = (WIDTH - LEFT - RIGHT) / categories.len().max(1) as f64;
    let bar = slot * 0.8 / series.len().max(1) as f64;
    for (k, s) in series.iter().enumerate() {
        let colour = PALETTE[k % PALETTE.len()];
        for (i, v) in s.values.iter().enumerate() {
            let (y0, y1) = (axis.y(0.0), axis.y(f(*v)));
            let x = LEFT + slot * i as f64 + slot * 0.1 + bar * k as f64;
            let _ = write!(
                c.svg,
                r#"<rect x="{x:.1}" y="{:.1}" width="{:.1}" height="{:.1}" fill="{colour}"/>"#,
                y0.min(y1),
                bar * 0.92,
                (y0 - y1).abs()
            );
        }
    }
    c.categories(categories);
    c.legend(&legend_of(series));
    c.finish()
}

/// Lines over categories.
pub fn lines(categories: &[String], series: &[Series], unit: &str, font: &str) -> String {
    let mut c = Canvas::new(font);
    let axis = Axis::over(series.iter().flat_map(|s| s.values.iter().map(|v| f(*v))));
    c.grid(&axis, unit, None);
    let slot = (WIDTH - LEFT - RIGHT) / categories.len().max(1) as f64;
    for (k, s) in series.iter().enumerate() {
        let colour = PALETTE[k % PALETTE.len()];
        let points: Vec<String> = s
            .values
            .iter()
            .enumerate()
            .map(|(i, v)| format!("{:.1},{:.1}", LEFT + slot * (i as f64 + 0.5), axis.y(f(*v))))
            .collect();
        let _ = write!(
            c.svg,
            r#"<polyline points="{}" fill="none" stroke="{colour}" stroke-width="2"/>"#,
            points.join(" ")
        );
    }
    c.categories(categories);
    c.legend(&legend_of(series));
    c.finish()
}

/// Stacked bars (e.g. GPUs by SKU) with a line on a right-hand axis (e.g. MW).
pub fn stacked_bars_with_line(
    categories: &[String],
    stacks: &[Series],
    line: &Series,
    unit: &str,
    line_unit: &str,
    font: &str,
) -> String {
    let mut c = Canvas::new(font);
    let totals: Vec<f64> = (0..categories.len())
        .map(|i| {
            stacks
                .iter()
                .map(|s| f(s.values.get(i).copied().unwrap_or_default()))
                .sum()
        })
        .collect();
    let axis = Axis::over(totals.into_iter());
    let right = Axis::over(line.values.iter().map(|v| f(*v)));
    c.grid(&axis, unit, Some((&right, line_unit)));
    let slot = (WIDTH - LEFT - RIGHT) / categories.len().max(1) as f64;
    for i in 0..categories.len() {
        let mut base = 0.0;
        for (k, s) in stacks.iter().enumerate() {
            let v = f(s.values.get(i).copied().unwrap_or_default());
            let (y0, y1) = (axis.y(base), axis.y(base + v));
            let _ = write!(
                c.svg,
                r#"<rect x="{:.1}" y="{y1:.1}" width="{:.1}" height="{:.1}" fill="{}"/>"#,
                LEFT + slot * i as f64 + slot * 0.15,
                slot * 0.7,
                (y0 - y1).abs(),
                PALETTE[k % PALETTE.len()]
            );
            base += v;
        }
    }
    let points: Vec<String> = line
        .values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            format!(
                "{:.1},{:.1}",
                LEFT + slot * (i as f64 + 0.5),
                right.y(f(*v))
            )
        })
        .collect();
    let _ = write!(
        c.svg,
        r#"<polyline points="{}" fill="none" stroke="{}" stroke-width="2.2"/>"#,
        points.join(" "),
        PALETTE[7]
    );
    c.categories(categories);
    let mut names = legend_of(stacks);
    names.push((line.name.as_str(), PALETTE[7]));
    c.legend(&names);
    c.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn user_text_stays_text_in_the_svg() {
        let svg = lines(
            &["<b>FY</b>".into()],
            &[Series {
                name: "a&b \"c\"".into(),
                values: vec![dec!(1)],
            }],
            "USD",
            "Libertinus Serif",
        );
        assert!(svg.contains("&lt;b&gt;FY&lt;/b&gt;"));
        assert!(svg.contains("a&amp;b &quot;c&quot;"));
        assert!(!svg.contains("<b>"));
    }

    #[test]
    fn axes_take_round_steps_that_include_zero() {
        let axis = Axis::over([-3.0, 17.0].into_iter());
        assert_eq!((axis.low, axis.high, axis.step), (-5.0, 20.0, 5.0));
        assert_eq!(tick_label(2_500_000.0), "2.5M");
        assert_eq!(tick_label(-40_000.0), "−40k");
    }
}
