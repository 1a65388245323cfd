//! Reading an analysis's view model a part per task. The analysis answer
//! of a long comparison is megabytes of JSON; read in one go it would be
//! one long task on the page's main thread. [`RawModel`] keeps each field
//! as JSON text (a fast scan of the message), and [`RawModel::read`] reads
//! the parts into a [`ViewModel`] in tasks of their own. Both are declared
//! from one field list (`view_model!` around the model's definition).

use super::ViewModel;
use std::collections::VecDeque;
use std::time::Duration;

/// JSON text read in one task: parts smaller than this are read together.
const TASK_BYTES: usize = 64 * 1024;

/// Declares the [`ViewModel`] and, from the same field list, its
/// [`RawModel`] (every field kept as JSON text) and the reading of each
/// field: one definition, so a field added to the model is read too.
macro_rules! view_model {
    (
        $(#[$meta:meta])*
        pub struct ViewModel {
            $($(#[$fmeta:meta])* pub $field:ident: $ty:ty,)+
        }
    ) => {
        $(#[$meta])*
        pub struct ViewModel {
            $($(#[$fmeta])* pub $field: $ty,)+
        }

        /// A [`ViewModel`] as it arrives: its fields still JSON text.
        #[derive(Debug, serde::Deserialize)]
        pub struct RawModel {
            $($field: Box<serde_json::value::RawValue>,)+
        }

        impl RawModel {
            /// One part per field, with the size of its JSON text.
            fn fields(self) -> Vec<(usize, $crate::model::staged::Part)> {
                vec![$({
                    let json = self.$field;
                    let size = json.get().len();
                    let part: $crate::model::staged::Part = Box::new(move |m: &mut ViewModel| {
                        m.$field = serde_json::from_str(json.get())?;
                        Ok(())
                    });
                    (size, part)
                },)+]
            }
        }
    };
}
pub(crate) use view_model;

pub use super::RawModel;

/// One part of the reading: fills a field of the model.
pub type Part = Box<dyn FnOnce(&mut ViewModel) -> serde_json::Result<()>>;

impl RawModel {
    /// The fields in tasks: small fields share one, a large one (findings,
    /// rows, claims of a long story) gets its own.
    fn tasks(self) -> VecDeque<Vec<Part>> {
        let mut tasks: VecDeque<Vec<Part>> = VecDeque::new();
        let mut bytes = usize::MAX;
        for (size, part) in self.fields() {
            if bytes.saturating_add(size) > TASK_BYTES {
                tasks.push_back(Vec::new());
                bytes = 0;
            }
            bytes += size;
            if let Some(task) = tasks.back_mut() {
                task.push(part);
            }
        }
        tasks
    }

    /// Reads the model now, in one go.
    #[cfg(test)]
    fn read_now(self) -> serde_json::Result<ViewModel> {
        let mut model = ViewModel::default();
        for part in self.tasks().into_iter().flatten() {
            part(&mut model)?;
        }
        Ok(model)
    }

    /// Reads the model a task's worth at a time (the first now), then
    /// calls `done` with it, or with why a part could not be read.
    pub fn read(self, done: impl FnOnce(serde_json::Result<ViewModel>) + 'static) {
        next(ViewModel::default(), self.tasks(), Box::new(done));
    }
}

fn next(
    mut model: ViewModel,
    mut tasks: VecDeque<Vec<Part>>,
    done: Box<dyn FnOnce(serde_json::Result<ViewModel>)>,
) {
    let Some(task) = tasks.pop_front() else {
        done(Ok(model));
        return;
    };
    for part in task {
        if let Err(e) = part(&mut model) {
            done(Err(e));
            return;
        }
    }
    leptos::prelude::set_timeout(move || next(model, tasks, done), Duration::ZERO);
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
