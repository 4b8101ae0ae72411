//! Threads that are kept for the next job instead of being started for each one.
//!
//! A list of five hundred small files would otherwise start a thousand threads (a worker and a
//! reader per file), and starting a thread costs more than fetching a small file over a
//! kept-alive connection. A pool hands each job to an idle thread, starts a new one only when
//! all are busy, and lets a thread go after it has been idle for a while, so an idle Haul holds
//! none.
//!
//! A job may leave something to do once its thread counts as idle again ([`Then`]): the last
//! message of a reader, or starting the next download. Whatever that sets off can then reuse
//! the very same thread instead of starting another.

use std::io;
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, PoisonError};
use std::thread;
use std::time::Duration;

/// How long an idle thread waits for a job before it ends.
const IDLE: Duration = Duration::from_secs(10);

/// What a job leaves to do after its thread counts as idle again.
pub type Then = Option<Box<dyn FnOnce() + Send + 'static>>;

type Job = Box<dyn FnOnce() -> Then + Send + 'static>;

/// A pool of threads for one kind of job.
pub struct Pool {
    name: &'static str,
    jobs: Sender<Job>,
    shared: Arc<PoolShared>,
}

struct PoolShared {
    receiver: Mutex<Receiver<Job>>,
    /// Threads waiting for a job.
    idle: Mutex<usize>,
}

impl Pool {
    /// A pool whose threads are called `name`.
    pub fn new(name: &'static str) -> Self {
        let (jobs, receiver) = mpsc::channel();
        Self {
            name,
            jobs,
            shared: Arc::new(PoolShared {
                receiver: Mutex::new(receiver),
                idle: Mutex::new(0),
            }),
        }
    }

    /// Runs `job` on an idle thread, or on a new one when none is idle.
    pub fn run(&self, job: impl FnOnce() -> Then + Send + 'static) -> io::Result<()> {
        let start_one = {
            let mut idle = self
                .shared
                .idle
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            if *idle > 0 {
                // This job is that thread's; it counts itself busy again when it takes it.
                *idle -= 1;
                false
            } else {
                true
            }
        };
        if start_one {
            let shared = Arc::clone(&self.shared);
            thread::Builder::new()
                .name(self.name.into())
                .spawn(move || serve(&shared))?;
        }
        self.jobs
            .send(Box::new(job))
            .map_err(|_| io::Error::other("the thread pool has stopped"))
    }
}

fn serve(shared: &PoolShared) {
    loop {
        let job = {
            let receiver = shared
                .receiver
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            receiver.recv_timeout(IDLE)
        };
        match job {
            Ok(job) => {
                let then = job();
                *shared.idle.lock().unwrap_or_else(PoisonError::into_inner) += 1;
                if let Some(then) = then {
                    then();
                }
            }
            Err(RecvTimeoutError::Timeout) => {
                let mut idle = shared.idle.lock().unwrap_or_else(PoisonError::into_inner);
                if *idle > 0 {
                    // Nobody counts on this thread: it may go.
                    *idle -= 1;
                    return;
                }
                // A job was promised to an idle thread just now: wait for it.
            }
            Err(RecvTimeoutError::Disconnected) => return,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[test]
    fn jobs_run_and_threads_are_reused() {
        let pool = Pool::new("test-pool");
        let done = Arc::new(AtomicUsize::new(0));
        let names = Arc::new(Mutex::new(std::collections::HashSet::new()));
        for round in 1..=50 {
            let job_done = Arc::clone(&done);
            let names = Arc::clone(&names);
            pool.run(move || {
                names
                    .lock()
                    .expect("lock")
                    .insert(format!("{:?}", thread::current().id()));
                job_done.fetch_add(1, Ordering::SeqCst);
                None
            })
            .expect("run");
            // One at a time: the same thread serves them all.
            while done.load(Ordering::SeqCst) < round {
                thread::yield_now();
            }
            let deadline = std::time::Instant::now() + Duration::from_secs(5);
            while *pool.shared.idle.lock().expect("lock") == 0 {
                assert!(std::time::Instant::now() < deadline);
                thread::yield_now();
            }
        }
        assert_eq!(done.load(Ordering::SeqCst), 50);
        assert_eq!(
            names.lock().expect("lock").len(),
            1,
            "one thread did it all"
        );
    }

    #[test]
    fn busy_threads_make_room_for_new_ones() {
        let pool = Pool::new("test-pool");
        let (release, wait) = mpsc::channel::<()>();
        let wait = Arc::new(Mutex::new(wait));
        let started = Arc::new(AtomicUsize::new(0));
        for _ in 0..4 {
            let wait = Arc::clone(&wait);
            let started = Arc::clone(&started);
            pool.run(move || {
                started.fetch_add(1, Ordering::SeqCst);
                let _ = wait.lock().expect("lock").recv();
                None
            })
            .expect("run");
        }
        let deadline = std::time::Instant::now() + Duration::from_secs(5);
        while started.load(Ordering::SeqCst) < 4 {
            assert!(std::time::Instant::now() < deadline, "all four run at once");
            thread::sleep(Duration::from_millis(1));
        }
        for _ in 0..4 {
            release.send(()).expect("release");
        }
    }
}
