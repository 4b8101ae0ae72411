//! Text and links dragged onto the window (the X11 drop proxy's events): the overlay says what
//! a drop would add, a drop fills the Add dialog through the same parser as paste, link-list
//! files in the drop are read, and a drop that could not be read says why.

use std::sync::mpsc;

use egui_kittest::kittest::Queryable;
use haul::app::xdnd::{DragEvent, DragPreview, DropSummary, DroppedData};

use super::Window;

fn window_with_drags() -> (Window, mpsc::Sender<DragEvent>) {
    let mut window = Window::open();
    let (sender, receiver) = mpsc::channel();
    window.harness.state_mut().attach_drag_events(receiver);
    (window, sender)
}

#[test]
fn hovering_text_says_how_many_links_a_drop_adds() {
    let (mut window, drags) = window_with_drags();
    drags
        .send(DragEvent::Hovering(DragPreview::Reading))
        .expect("send");
    window.settle();
    window.harness.get_by_label("⬇  Drop to add links");
    drags
        .send(DragEvent::Hovering(DragPreview::Ready(DropSummary {
            links: 3,
            files: 0,
        })))
        .expect("send");
    window.settle();
    window.harness.get_by_label("⬇  Drop to add 3 links");
    drags
        .send(DragEvent::Hovering(DragPreview::Ready(DropSummary {
            links: 1,
            files: 2,
        })))
        .expect("send");
    window.settle();
    window
        .harness
        .get_by_label("⬇  Drop to add 1 link and the links in these 2 files");
    drags.send(DragEvent::Left).expect("send");
    window.settle();
    assert!(
        window
            .harness
            .query_by_label_contains("Drop to add")
            .is_none(),
        "the overlay goes when the drag leaves"
    );
}

#[test]
fn a_drag_without_links_is_explained() {
    let (mut window, drags) = window_with_drags();
    drags
        .send(DragEvent::Hovering(DragPreview::Nothing))
        .expect("send");
    window.settle();
    window
        .harness
        .get_by_label("No links in what you are dragging");
    drags.send(DragEvent::Left).expect("send");
    window.settle();
    assert!(
        window
            .harness
            .query_by_label("No links in what you are dragging")
            .is_none()
    );
    assert!(window.harness.query_by_label("Add downloads").is_none());
}

#[test]
fn dropped_text_and_link_lists_fill_the_add_dialog() {
    let (mut window, drags) = window_with_drags();
    let dir = tempfile::tempdir().expect("temp dir");
    let list = dir.path().join("list.txt");
    std::fs::write(&list, "http://127.0.0.1:9/from-list.bin\n").expect("write");
    drags
        .send(DragEvent::Hovering(DragPreview::Reading))
        .expect("send");
    window.settle();
    drags
        .send(DragEvent::Dropped(DroppedData {
            text: "Mirror: http://127.0.0.1:9/dropped.iso\nftp://old.example/x\n".into(),
            files: vec![list, dir.path().join("missing.txt")],
            problems: vec![
                "file://elsewhere/x.txt is not a file on this computer; it was skipped.".into(),
            ],
        }))
        .expect("send");
    window.wait_for_label("2 links found");
    assert!(
        window
            .harness
            .query_by_label_contains("Drop to add")
            .is_none(),
        "the overlay goes with the drop"
    );
    window.harness.get_by_label("3 problems (skipped):");
    window
        .harness
        .get_by_label("file://elsewhere/x.txt is not a file on this computer; it was skipped.");
    window
        .harness
        .get_by_label_contains("missing.txt could not be read");
    window
        .harness
        .get_by_label_contains("Line 2: ftp links are not supported");
    // A second drop while the dialog is open adds to it.
    drags
        .send(DragEvent::Dropped(DroppedData {
            text: "http://127.0.0.1:9/second.iso\n".into(),
            ..DroppedData::default()
        }))
        .expect("send");
    window.wait_for_label("3 links found");
}

#[test]
fn a_drop_that_could_not_be_read_says_why() {
    let (mut window, drags) = window_with_drags();
    drags
        .send(DragEvent::Hovering(DragPreview::Reading))
        .expect("send");
    drags
        .send(DragEvent::Failed(
            "the dragged data did not arrive within 5 seconds".into(),
        ))
        .expect("send");
    window.settle();
    window.harness.get_by_label_contains(
        "The dropped links could not be read: the dragged data did not arrive within 5 seconds.",
    );
    assert!(window.harness.query_by_label("Add downloads").is_none());
}
