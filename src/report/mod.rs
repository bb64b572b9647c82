//! Exports: the register rendered for people (tables, diagnostics) and for
//! other tools (JSON, CSV). Pure functions from loaded data to text.

pub mod audit;
pub mod check;
pub mod codequality;
pub mod forge;
pub mod junit;
pub mod log;
pub mod overview;
pub mod remind;
pub mod sarif;
pub mod status;
mod status_json;
mod status_table;
pub mod status_xlsx;
pub mod trend;
