//! Scaling for the usage charts: a "nice" top value and tick step for the y axis, and the SVG
//! path of a series. Measurements, not money, so binary floating point is fine here.

/// The y axis: from 0 to `top` in steps of `step`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Axis {
    /// The highest tick.
    pub top: f64,
    /// Distance between ticks.
    pub step: f64,
}

impl Axis {
    /// An axis that holds `max` with four or five ticks of 1, 2 or 5 times a power of ten.
    /// Percentages stop at 100 when the data does.
    pub fn fit(max: f64, percent: bool) -> Axis {
        let max = if max.is_finite() && max > 0.0 {
            max
        } else {
            1.0
        };
        let raw = max / 4.0;
        let magnitude = 10f64.powf(raw.log10().floor());
        let step = [1.0, 2.0, 2.5, 5.0, 10.0]
            .iter()
            .map(|m| m * magnitude)
            .find(|s| *s >= raw)
            .unwrap_or(10.0 * magnitude);
        let mut top = (max / step).ceil() * step;
        if percent && max <= 100.0 && top > 100.0 {
            top = 100.0;
        }
        Axis { top, step }
    }

    /// The tick values from 0 to `top`.
    pub fn ticks(&self) -> Vec<f64> {
        let n = (self.top / self.step).round() as usize;
        (0..=n).map(|i| i as f64 * self.step).collect()
    }
}

/// The SVG path (`M x y L x y ...`) of `values` drawn across `width` x `height`, the first value
/// at the left edge, 0 at the bottom and `top` at the top.
pub fn path(values: &[f64], top: f64, width: f64, height: f64) -> String {
    let n = values.len();
    let mut out = String::with_capacity(n * 14);
    for (i, v) in values.iter().enumerate() {
        let x = if n > 1 {
            width * i as f64 / (n - 1) as f64
        } else {
            0.0
        };
        let y = height - height * (v / top).clamp(0.0, 1.0);
        out.push_str(if i == 0 { "M" } else { " L" });
        out.push_str(&format!("{x:.1} {y:.1}"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Axis, path};

    #[test]
    fn axes_are_round_and_hold_the_data() {
        let a = Axis::fit(87.3, true);
        assert_eq!((a.top, a.step), (100.0, 25.0));
        let a = Axis::fit(3.2, false);
        assert_eq!((a.top, a.step), (4.0, 1.0));
        let a = Axis::fit(0.0, false);
        assert!(a.top > 0.0);
        assert_eq!(
            Axis::fit(37.0, false).ticks(),
            vec![0.0, 10.0, 20.0, 30.0, 40.0]
        );
    }

    #[test]
    fn paths_span_the_box() {
        assert_eq!(
            path(&[0.0, 50.0, 100.0], 100.0, 200.0, 100.0),
            "M0.0 100.0 L100.0 50.0 L200.0 0.0"
        );
    }
}
