//! The session's limits kept equal to Haul's: the overall download limit (which the weekly
//! grid and the user change) and the upload limit of the settings.

use librqbit::Session;

use crate::engine::resources::Resources;
use crate::engine::resources::swarm_session::bps;

/// Keeps the session's limits equal to Haul's overall download limit and upload setting.
pub(super) fn follow(session: &Session, resources: &Resources) {
    let tuning = resources.tuning();
    let down = bps(tuning.limiter.get());
    if session.ratelimits.get_download_bps() != down {
        session.ratelimits.set_download_bps(down);
    }
    let up = bps(tuning.peers.upload_limit);
    if session.ratelimits.get_upload_bps() != up {
        session.ratelimits.set_upload_bps(up);
    }
}
