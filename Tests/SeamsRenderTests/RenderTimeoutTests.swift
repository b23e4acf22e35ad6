import SeamsRender
import Testing

/// The render worker's time limit, read from the environment the commands run in.
struct RenderTimeoutTests {
    /// `SEAMS_RENDER_TIMEOUT` in seconds; unset, empty or not a positive number: 30.
    @Test func timeLimitComesFromTheEnvironment() {
        #expect(RenderWorker.timeout(from: [:]) == 30)
        #expect(RenderWorker.timeout(from: ["SEAMS_RENDER_TIMEOUT": "2.5"]) == 2.5)
        for ignored in ["", "abc", "0", "-1", "inf", "nan"] {
            #expect(RenderWorker.timeout(from: ["SEAMS_RENDER_TIMEOUT": ignored]) == 30, "\(ignored)")
        }
    }
}
