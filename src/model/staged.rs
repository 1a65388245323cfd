//! Reading an analysis's view model a part per task. The analysis answer
//! of a long comparison is megabytes of JSON; read in one go it would be
//! one long task on the page's main thread. [`RawModel`] keeps each field
//! as JSON text (a fast scan of the message), and [`RawModel::read`] reads
//! the parts into a [`ViewModel`] in tasks of their own.

use super::ViewModel;
use serde::Deserialize;
use serde_json::value::RawValue;
use std::collections::VecDeque;
use std::time::Duration;

/// A [`ViewModel`] as it arrives: its fields still JSON text.
#[derive(Debug, Deserialize)]
pub struct RawModel {
    documents: Box<RawValue>,
    rows: Box<RawValue>,
    claims: Box<RawValue>,
    facts: Box<RawValue>,
    findings: Box<RawValue>,
    scorecards: Box<RawValue>,
    reference: Option<u32>,
    diagnostics: Box<RawValue>,
}

/// One part of the reading: fills some fields of the model.
type Part = Box<dyn FnOnce(&mut ViewModel) -> serde_json::Result<()>>;

/// `model.field = field as read`.
macro_rules! part {
    ($raw:ident . $field:ident) => {{
        let json = $raw.$field;
        Box::new(move |m: &mut ViewModel| {
            m.$field = serde_json::from_str(json.get())?;
            Ok(())
        }) as Part
    }};
}

impl RawModel {
    /// The parts, small ones together, the large lists one each.
    fn parts(self) -> VecDeque<Part> {
        let RawModel { documents, scorecards, diagnostics, reference, .. } = self;
        let head = Box::new(move |m: &mut ViewModel| {
            m.documents = serde_json::from_str(documents.get())?;
            m.scorecards = serde_json::from_str(scorecards.get())?;
            m.diagnostics = serde_json::from_str(diagnostics.get())?;
            m.reference = reference;
            Ok(())
        }) as Part;
        VecDeque::from([
            head,
            part!(self.findings),
            part!(self.facts),
            part!(self.rows),
            part!(self.claims),
        ])
    }

    /// Reads the model now, in one go.
    #[cfg(test)]
    fn read_now(self) -> serde_json::Result<ViewModel> {
        let mut model = ViewModel::default();
        for part in self.parts() {
            part(&mut model)?;
        }
        Ok(model)
    }

    /// Reads the model a part per task (the first part now), then calls
    /// `done` with it, or with why a part could not be read.
    pub fn read(self, done: impl FnOnce(serde_json::Result<ViewModel>) + 'static) {
        next(ViewModel::default(), self.parts(), Box::new(done));
    }
}

fn next(
    mut model: ViewModel,
    mut parts: VecDeque<Part>,
    done: Box<dyn FnOnce(serde_json::Result<ViewModel>)>,
) {
    let Some(part) = parts.pop_front() else {
        done(Ok(model));
        return;
    };
    if let Err(e) = part(&mut model) {
        done(Err(e));
        return;
    }
    leptos::prelude::set_timeout(move || next(model, parts, done), Duration::ZERO);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DiagnosticView, DocView};

    #[test]
    fn a_model_read_in_parts_equals_the_model_written() {
        let model = ViewModel {
            documents: vec![DocView { name: "a.txt".into(), len: 3, ..DocView::default() }],
            reference: Some(0),
            diagnostics: vec![DiagnosticView { version: Some(0), message: "empty".into() }],
            ..ViewModel::default()
        };
        let json = serde_json::to_string(&model).unwrap();
        let raw: RawModel = serde_json::from_str(&json).unwrap();
        assert_eq!(raw.read_now().unwrap(), model);
    }

    #[test]
    fn an_unreadable_part_is_an_error_not_a_panic() {
        let json = serde_json::to_string(&ViewModel::default())
            .unwrap()
            .replace("\"rows\":[]", "\"rows\":[{\"no\":1}]");
        let raw: RawModel = serde_json::from_str(&json).unwrap();
        assert!(raw.read_now().is_err());
    }
}
