//! The one loop every periodic task of the relayer runs in: [`repeat`] a round until shutdown,
//! again at once while it makes progress, else after its idle time or when woken, and after an
//! error with a backoff. The batcher's two loops, the access-log anchorer, the event feed and the
//! market task all run through it; the transaction manager's engine has its own loop (it owns the
//! nonce and reacts to several kinds of event). Tasks that follow submissions run [`follow`] beside
//! their loop, so a status change of the transaction manager wakes them at once.

use std::{fmt::Display, future::Future, time::Duration};

use tokio::sync::{Notify, broadcast, watch};

use crate::tx::{IdempotencyKey, TxStatus};

/// When a task's next round runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Schedule {
    /// Pause after a round that did nothing (or did not ask to go again).
    pub idle: Duration,
    /// Pause after the first failed round in a row; it doubles with each further failure.
    pub backoff: Duration,
    /// Longest pause after failures.
    pub max_backoff: Duration,
}

impl Schedule {
    /// Every `period`, failed or not.
    pub const fn every(period: Duration) -> Self {
        Self { idle: period, backoff: period, max_backoff: period }
    }
}

/// Runs `round` until `shutdown` turns true (or its sender is gone).
///
/// A round returns whether it made progress that calls for another round at once (`Ok(true)`);
/// otherwise the next one waits for `schedule.idle`, or until `wake` is notified. A failed round
/// is logged with the task's `name` and the next one waits with a backoff doubling from
/// `schedule.backoff` to `schedule.max_backoff`.
pub async fn repeat<F, Fut, E>(
    name: &str,
    schedule: Schedule,
    wake: Option<&Notify>,
    mut shutdown: watch::Receiver<bool>,
    round: F,
) where
    F: Fn() -> Fut,
    Fut: Future<Output = Result<bool, E>>,
    E: Display,
{
    let mut backoff = schedule.backoff;
    loop {
        if *shutdown.borrow() {
            return;
        }
        let pause = match round().await {
            Ok(true) => {
                backoff = schedule.backoff;
                continue;
            }
            Ok(false) => {
                backoff = schedule.backoff;
                schedule.idle
            }
            Err(e) => {
                tracing::warn!(task = name, error = %e, "round failed; retrying");
                let pause = backoff;
                backoff = (backoff * 2).min(schedule.max_backoff);
                pause
            }
        };
        let woken = async {
            match wake {
                Some(w) => w.notified().await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            () = woken => {}
            () = tokio::time::sleep(pause) => {}
            changed = shutdown.changed() => {
                if changed.is_err() {
                    return;
                }
            }
        }
    }
}

/// Wakes `wake` whenever the transaction manager reports a status change that `wanted`, until
/// `shutdown` turns true or the manager is gone.
///
/// A wake is a permit ([`Notify::notify_one`]): a change that lands while the task's round runs
/// makes the next round start at once, so none is lost between a round's read and its pause. A
/// receiver that lagged behind the manager wakes the task too, since it may have missed a change;
/// the round reads every status it follows either way. The task's own idle poll stays the
/// fallback for anything this misses.
pub async fn follow(
    mut changes: broadcast::Receiver<(IdempotencyKey, TxStatus)>,
    wanted: impl Fn(&IdempotencyKey, &TxStatus) -> bool,
    wake: &Notify,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        if *shutdown.borrow() {
            return;
        }
        tokio::select! {
            change = changes.recv() => match change {
                Ok((key, status)) => {
                    if wanted(&key, &status) {
                        wake.notify_one();
                    }
                }
                Err(broadcast::error::RecvError::Lagged(missed)) => {
                    tracing::debug!(missed, "status changes missed; reading every status");
                    wake.notify_one();
                }
                Err(broadcast::error::RecvError::Closed) => return,
            },
            changed = shutdown.changed() => {
                if changed.is_err() {
                    return;
                }
            }
        }
    }
}

/// Whether a status change can move a follower's own state: a submission in a block or final
/// (`Queued` and `Submitted`, including a reorg back, leave every follower where it is).
pub const fn settled_or_mined(_key: &IdempotencyKey, status: &TxStatus) -> bool {
    matches!(status, TxStatus::Mined { .. } | TxStatus::Confirmed { .. } | TxStatus::Failed { .. })
}

#[cfg(test)]
mod tests {
    use std::sync::{
        Arc,
        atomic::{AtomicUsize, Ordering},
    };

    use super::*;

    #[tokio::test]
    async fn progress_repeats_at_once_and_shutdown_stops() {
        let (stop, rx) = watch::channel(false);
        let rounds = Arc::new(AtomicUsize::new(0));
        let r = rounds.clone();
        let task = tokio::spawn(async move {
            repeat("test", Schedule::every(Duration::from_secs(3600)), None, rx, || {
                let r = r.clone();
                async move {
                    // Five rounds of progress, then idle (an hour).
                    Ok::<_, String>(r.fetch_add(1, Ordering::SeqCst) < 4)
                }
            })
            .await;
        });
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert_eq!(rounds.load(Ordering::SeqCst), 5);
        stop.send(true).unwrap();
        tokio::time::timeout(Duration::from_secs(5), task).await.unwrap().unwrap();
    }

    #[tokio::test]
    async fn a_wake_runs_a_round_and_errors_back_off() {
        let (_stop, rx) = watch::channel(false);
        let wake = Arc::new(Notify::new());
        let rounds = Arc::new(AtomicUsize::new(0));
        let (r, w) = (rounds.clone(), wake.clone());
        let task = tokio::spawn(async move {
            repeat("test", Schedule::every(Duration::from_secs(3600)), Some(&w), rx, || {
                let r = r.clone();
                async move {
                    r.fetch_add(1, Ordering::SeqCst);
                    Err::<bool, _>("down")
                }
            })
            .await;
        });
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert_eq!(rounds.load(Ordering::SeqCst), 1, "a failure waits");
        wake.notify_one();
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert_eq!(rounds.load(Ordering::SeqCst), 2, "a wake does not");
        drop(_stop);
        tokio::time::timeout(Duration::from_secs(5), task).await.unwrap().unwrap();
    }
}
