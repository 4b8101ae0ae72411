//! Tabs, filters, sorts and counts of the list.

use super::*;

fn row(id: u64, name: &str, status: Status, total: u64, speed: u64) -> Arc<Download> {
    let url = url::Url::parse(&format!("http://h/{name}")).expect("url");
    let mut row = Download::new(DownloadId(id), url, "/tmp".into(), id);
    row.status = status;
    row.total_bytes = Some(total);
    row.bytes_per_sec = speed;
    row.order = id;
    Arc::new(row)
}

fn snapshot() -> Snapshot {
    Snapshot {
        version: 7,
        downloads: vec![
            row(1, "b.iso", Status::Finished, 300, 0),
            row(2, "A.zip", Status::Downloading, 100, 50),
            row(3, "c.tar", Status::Queued, 200, 0),
            row(
                4,
                "d.bin",
                Status::Failed {
                    reason: crate::engine::Reason::NoFile,
                },
                50,
                0,
            ),
        ],
        ..Snapshot::default()
    }
}

fn names(view: &ListView, snapshot: &Snapshot) -> Vec<String> {
    view.rows()
        .iter()
        .map(|&i| snapshot.downloads[i].display_name())
        .collect()
}

#[test]
fn sorts_by_each_column_both_ways() {
    let snapshot = snapshot();
    let mut view = ListView::default();
    view.update(&snapshot);
    assert_eq!(
        names(&view, &snapshot),
        ["b.iso", "A.zip", "c.tar", "d.bin"]
    );
    view.sort = view.sort.clicked(SortColumn::Name);
    view.update(&snapshot);
    assert_eq!(
        names(&view, &snapshot),
        ["A.zip", "b.iso", "c.tar", "d.bin"]
    );
    view.sort = view.sort.clicked(SortColumn::Name);
    view.update(&snapshot);
    assert_eq!(
        names(&view, &snapshot),
        ["d.bin", "c.tar", "b.iso", "A.zip"]
    );
    view.sort = view.sort.clicked(SortColumn::Size);
    view.update(&snapshot);
    assert_eq!(
        names(&view, &snapshot),
        ["b.iso", "c.tar", "A.zip", "d.bin"]
    );
    view.sort = view.sort.clicked(SortColumn::Status);
    view.update(&snapshot);
    assert_eq!(
        names(&view, &snapshot),
        ["A.zip", "c.tar", "d.bin", "b.iso"]
    );
    view.sort = view.sort.clicked(SortColumn::Speed);
    view.update(&snapshot);
    assert_eq!(names(&view, &snapshot)[0], "A.zip");
}

#[test]
fn tabs_and_filter_narrow_the_list_and_count() {
    let snapshot = snapshot();
    let mut view = ListView::default();
    view.update(&snapshot);
    assert_eq!(view.count(Tab::All), 4);
    assert_eq!(view.count(Tab::Active), 1);
    assert_eq!(view.count(Tab::Waiting), 1);
    assert_eq!(view.count(Tab::Finished), 1);
    assert_eq!(view.count(Tab::Failed), 1);
    view.tab = Tab::Failed;
    view.update(&snapshot);
    assert_eq!(names(&view, &snapshot), ["d.bin"]);
    view.tab = Tab::All;
    view.filter = "ZIP".into();
    view.update(&snapshot);
    assert_eq!(names(&view, &snapshot), ["A.zip"]);
    view.filter = "http://h/c".into();
    view.update(&snapshot);
    assert_eq!(names(&view, &snapshot), ["c.tar"]);
    assert_eq!(view.position(&snapshot, DownloadId(3)), Some(0));
    assert_eq!(view.position(&snapshot, DownloadId(1)), None);
}

#[test]
fn a_few_changed_rows_update_the_counts_and_a_moved_row_the_order() {
    let mut view = ListView::new(Sort::default(), Tab::All);
    let mut snapshot = snapshot();
    view.update(&snapshot);
    assert_eq!(view.count(Tab::Waiting), 1);
    // Progress only: the order stays, the counts too.
    let mut progressed = (*snapshot.downloads[1]).clone();
    progressed.bytes_done = 60;
    snapshot.downloads[1] = Arc::new(progressed);
    snapshot.version += 1;
    view.update(&snapshot);
    assert_eq!(
        names(&view, &snapshot),
        ["b.iso", "A.zip", "c.tar", "d.bin"]
    );
    assert_eq!(view.count(Tab::Active), 1);
    // The waiting one finishes: it changes tabs (counted over), and the Waiting tab loses it.
    let mut finished = (*snapshot.downloads[2]).clone();
    finished.status = Status::Finished;
    snapshot.downloads[2] = Arc::new(finished);
    snapshot.version += 1;
    view.update(&snapshot);
    assert_eq!(
        (view.count(Tab::Waiting), view.count(Tab::Finished)),
        (0, 2)
    );
    view.tab = Tab::Finished;
    view.update(&snapshot);
    assert_eq!(names(&view, &snapshot), ["b.iso", "c.tar"]);
    // Moved to the top of the order: shown first.
    let mut moved = (*snapshot.downloads[2]).clone();
    moved.order = 0;
    snapshot.downloads[2] = Arc::new(moved);
    snapshot.version += 1;
    view.update(&snapshot);
    assert_eq!(names(&view, &snapshot), ["c.tar", "b.iso"]);
    assert_eq!(view.count(Tab::All), 4);
}
