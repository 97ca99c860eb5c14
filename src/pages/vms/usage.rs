//! Usage graphs drawn by the app (not the portal's HTML): CPU, network and disk over the last
//! day as SVG line charts with axes, units, a value on hover for every point, a text summary
//! for screen readers, and the same figures as a table. Plus this month's traffic.

use super::vm_words::VmWord;
use crate::components::async_view::AsyncView;
use crate::i18n::Lang;
use crate::model::{Traffic, UsagePoint};
use crate::state::prefs::{tw, use_prefs};
use crate::state::read::read;
use crate::state::session::use_session;
use crate::vm::chart::{Axis, path};
use leptos::prelude::*;

const W: f64 = 480.0;
const H: f64 = 200.0;
const LEFT: f64 = 48.0;
const BOTTOM: f64 = 22.0;
const TOP: f64 = 8.0;
const RIGHT: f64 = 10.0;

/// A measurement as the language writes it (one decimal, `,` in Vietnamese).
pub fn measure(lang: Lang, v: f64) -> String {
    let s = format!("{v:.1}");
    match lang {
        Lang::Vi => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A tick label: whole numbers when the step is whole.
fn tick(lang: Lang, v: f64, step: f64) -> String {
    if step.fract() == 0.0 {
        format!("{v:.0}")
    } else {
        measure(lang, v)
    }
}

fn hour(time: &str) -> String {
    time.get(11..16).unwrap_or(time).to_string()
}

struct Series {
    name: VmWord,
    class: &'static str,
    values: Vec<f64>,
}

#[component]
fn Chart(
    id: &'static str,
    title: VmWord,
    unit: &'static str,
    percent: bool,
    times: Vec<String>,
    series: Vec<Series>,
) -> impl IntoView {
    let prefs = use_prefs();
    let max = series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .fold(0.0f64, f64::max);
    let axis = Axis::fit(max, percent);
    let (pw, ph) = (W - LEFT - RIGHT, H - TOP - BOTTOM);
    let n = times.len();
    let x_at = move |i: usize| {
        LEFT + if n > 1 {
            pw * i as f64 / (n - 1) as f64
        } else {
            0.0
        }
    };
    let y_at = move |v: f64| TOP + ph - ph * (v / axis.top).clamp(0.0, 1.0);
    // What a screen reader hears instead of the picture.
    let summary = {
        let times = times.clone();
        let parts: Vec<(VmWord, f64, f64, String)> = series
            .iter()
            .map(|s| {
                let avg = s.values.iter().sum::<f64>() / s.values.len().max(1) as f64;
                let (at, peak) = s
                    .values
                    .iter()
                    .enumerate()
                    .fold(
                        (0, f64::MIN),
                        |b, (i, v)| if *v > b.1 { (i, *v) } else { b },
                    );
                (
                    s.name,
                    avg,
                    peak.max(0.0),
                    times.get(at).map(|t| hour(t)).unwrap_or_default(),
                )
            })
            .collect();
        move || {
            let lang = prefs.lang.get();
            parts
                .iter()
                .map(|(name, avg, peak, at)| {
                    prefs
                        .w(VmWord::VmChartSummary)
                        .replace("{name}", prefs.w(*name))
                        .replace("{avg}", &format!("{} {unit}", measure(lang, *avg)))
                        .replace("{peak}", &format!("{} {unit}", measure(lang, *peak)))
                        .replace("{time}", at)
                })
                .collect::<Vec<_>>()
                .join("; ")
        }
    };
    let title_id = format!("{id}-title");
    let desc_id = format!("{id}-desc");
    let two = series.len() > 1;
    view! {
        <figure class="chart" data-chart=id>
            <figcaption id=title_id.clone() class="chart__title">{tw(title)}" ("{unit}")"
                {two.then(|| view! {
                    <span class="chart__legend">
                        {series.iter().map(|s| view! { <span class=format!("chart__key {}", s.class)>{tw(s.name)}</span> }).collect_view()}
                    </span>
                })}
            </figcaption>
            <svg class="chart__svg" viewBox=format!("0 0 {W} {H}") role="img"
                aria-labelledby=format!("{title_id} {desc_id}")>
                <desc id=desc_id.clone()>{summary}</desc>
                {axis.ticks().into_iter().map(|t| {
                    let y = y_at(t);
                    view! {
                        <line class="chart__grid" x1=LEFT x2=W - RIGHT y1=y y2=y/>
                        <text class="chart__label" x=LEFT - 6.0 y=y + 4.0 text-anchor="end">{move || tick(prefs.lang.get(), t, axis.step)}</text>
                    }
                }).collect_view()}
                {times.iter().enumerate().filter(|(i, _)| i % 6 == 0 || *i + 1 == n).map(|(i, t)| view! {
                    <text class="chart__label" x=x_at(i) y=H - 6.0 text-anchor="middle">{hour(t)}</text>
                }).collect_view()}
                {series.iter().map(|s| {
                    let d = path(&s.values, axis.top, pw, ph);
                    view! { <path class=format!("chart__line {}", s.class) transform=format!("translate({LEFT} {TOP})") d=d/> }
                }).collect_view()}
                {series.iter().map(|s| {
                    s.values.iter().enumerate().map(|(i, v)| {
                        let (v, name, t) = (*v, s.name, times.get(i).map(|t| hour(t)).unwrap_or_default());
                        view! {
                            <circle class=format!("chart__dot {}", s.class) cx=x_at(i) cy=y_at(v) r="3">
                                <title>{move || format!("{t} · {}: {} {unit}", prefs.w(name), measure(prefs.lang.get(), v))}</title>
                            </circle>
                        }
                    }).collect_view()
                }).collect_view()}
            </svg>
        </figure>
    }
}

#[component]
fn UsageCharts(points: Vec<UsagePoint>) -> impl IntoView {
    let prefs = use_prefs();
    let times: Vec<String> = points.iter().map(|p| p.time.clone()).collect();
    let col = |f: fn(&UsagePoint) -> f64| points.iter().map(f).collect::<Vec<f64>>();
    let rows = points.clone();
    view! {
        <div class="charts">
            <Chart id="vm-cpu" title=VmWord::VmCpuChart unit="%" percent=true times=times.clone()
                series=vec![Series { name: VmWord::VmCpuChart, class: "chart--a", values: col(|p| p.cpu) }]/>
            <Chart id="vm-net" title=VmWord::VmNetworkChart unit="Mbps" percent=false times=times.clone()
                series=vec![
                    Series { name: VmWord::VmInbound, class: "chart--a", values: col(|p| p.net_in) },
                    Series { name: VmWord::VmOutbound, class: "chart--b", values: col(|p| p.net_out) },
                ]/>
            <Chart id="vm-disk" title=VmWord::VmDiskChart unit="MB/s" percent=false times=times
                series=vec![
                    Series { name: VmWord::VmRead, class: "chart--a", values: col(|p| p.disk_read) },
                    Series { name: VmWord::VmWrite, class: "chart--b", values: col(|p| p.disk_write) },
                ]/>
        </div>
        <details class="chart-table">
            <summary>{tw(VmWord::VmShowTable)}</summary>
            <div class="table-scroll">
                <table class="table">
                    <thead><tr>
                        <th scope="col">{tw(VmWord::VmTime)}</th>
                        <th scope="col">"CPU (%)"</th>
                        <th scope="col">{tw(VmWord::VmInbound)}" (Mbps)"</th>
                        <th scope="col">{tw(VmWord::VmOutbound)}" (Mbps)"</th>
                        <th scope="col">{tw(VmWord::VmRead)}" (MB/s)"</th>
                        <th scope="col">{tw(VmWord::VmWrite)}" (MB/s)"</th>
                    </tr></thead>
                    <tbody>
                        {rows.into_iter().map(|p| {
                            let m = move |v: f64| measure(prefs.lang.get(), v);
                            view! { <tr>
                                <th scope="row">{p.time.clone()}</th>
                                <td class="num">{move || m(p.cpu)}</td>
                                <td class="num">{move || m(p.net_in)}</td>
                                <td class="num">{move || m(p.net_out)}</td>
                                <td class="num">{move || m(p.disk_read)}</td>
                                <td class="num">{move || m(p.disk_write)}</td>
                            </tr> }
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        </details>
    }
}

#[component]
fn TrafficLine(traffic: Traffic) -> impl IntoView {
    let prefs = use_prefs();
    let used = traffic.used_gb.normalize().to_string();
    let text = move || {
        let style = prefs.lang.get().number_style();
        match &traffic.limit_gb {
            Some(limit) => prefs
                .w(VmWord::VmTrafficUsed)
                .replace("{used}", &style.decimal(&used))
                .replace("{limit}", &style.decimal(&limit.normalize().to_string())),
            None => format!("{} GB", style.decimal(&used)),
        }
    };
    let meter = traffic.limit_gb.map(|l| {
        let pct = if l.is_zero() {
            0
        } else {
            ((traffic.used_gb * rust_decimal::Decimal::from(100)) / l)
                .round()
                .try_into()
                .unwrap_or(0i64)
                .clamp(0, 100)
        };
        view! { <meter class="vm-meter" min="0" max="100" value=pct aria-label=move || prefs.w(VmWord::VmTraffic)></meter> }
    });
    view! {
        <p class="vm-traffic"><strong>{tw(VmWord::VmTraffic)}": "</strong><span data-figure="vm-traffic">{text}</span></p>
        {meter}
    }
}

/// What the readings cover, from the portal's own times (a real machine may have run for a few
/// minutes only; the simulated ones report a day, hour by hour).
fn span(points: &[UsagePoint]) -> String {
    let prefs = use_prefs();
    match (points.first(), points.last()) {
        (Some(first), Some(last)) => prefs
            .w_n(VmWord::VmUsage, points.len() as i64)
            .replace("{from}", &hour(&first.time))
            .replace("{to}", &hour(&last.time)),
        _ => prefs.w(VmWord::VmUsageNone).to_string(),
    }
}

/// The usage section.
#[component]
pub fn UsagePanel(service: String, vm_id: String) -> impl IntoView {
    let session = use_session();
    let (s2, v2) = (service.clone(), vm_id.clone());
    let usage = read(move || {
        let api = session.api_for_read();
        let (service, vm) = (service.clone(), vm_id.clone());
        async move { api.vm_usage(&service, &vm).await }
    });
    let traffic = read(move || {
        let api = session.api_for_read();
        let (service, vm) = (s2.clone(), v2.clone());
        async move { api.vm_traffic(&service, &vm).await }
    });
    view! {
        <section class="card vm-card" aria-labelledby="vm-usage-title">
            <h2 id="vm-usage-title">{tw(VmWord::VmUsageShort)}</h2>
            <AsyncView resource=usage let:points skeleton_lines=6>
                <p class="muted" data-figure="vm-usage-span">{span(&points)}</p>
                <UsageCharts points=points/>
            </AsyncView>
            {move || traffic.get().and_then(|r| r.ok()).map(|t| view! { <TrafficLine traffic=t/> })}
        </section>
    }
}
