#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of a program as a child process: bytes to its standard input, its standard output and
/// error collected, and how it ended. Spawned with `posix_spawn` (no shell, no `fork` of a
/// threaded process); the three streams are served together with `poll`, so neither side can
/// block the other however much each writes.
struct ChildProcess {
    /// How the child ended.
    enum Ending: Sendable, Equatable {
        case exited(Int32)
        case signalled(Int32)
        /// Still running when its time limit passed: killed (SIGKILL) and reaped.
        case timedOut
    }

    struct Result: Sendable {
        var ending: Ending
        var output: [UInt8]
        var error: [UInt8]
    }

    /// Why the child could not be run; `errno`'s text.
    struct StartError: Error, Sendable {
        var message: String
    }

    /// Runs `executable` with `arguments` (the first is not the program name), writes `input`
    /// to it, and waits. `environment` entries are added to this process's environment. With a
    /// `timeout` (seconds of wall time from the start), a child still running then is killed and
    /// the ending is `.timedOut`: a hung child cannot hang the caller.
    static func run(_ executable: String, arguments: [String], input: [UInt8], environment extra: [String: String] = [:],
                    timeout: Double? = nil) throws(StartError) -> Result {
        // Socket pairs rather than pipes: a write to a child that died never raises SIGPIPE in
        // this process (`send` with MSG_NOSIGNAL), and close-on-exec is set atomically.
        var inputPair: [Int32] = [-1, -1], outputPipe: [Int32] = [-1, -1], errorPipe: [Int32] = [-1, -1]
        let type = Int32(SOCK_STREAM.rawValue) | Int32(SOCK_CLOEXEC.rawValue)
        guard socketpair(AF_UNIX, type, 0, &inputPair) == 0 else { throw failure("socketpair") }
        guard socketpair(AF_UNIX, type, 0, &outputPipe) == 0 else { closeAll(inputPair); throw failure("socketpair") }
        guard socketpair(AF_UNIX, type, 0, &errorPipe) == 0 else { closeAll(inputPair + outputPipe); throw failure("socketpair") }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, inputPair[1], 0)
        posix_spawn_file_actions_adddup2(&actions, outputPipe[1], 1)
        posix_spawn_file_actions_adddup2(&actions, errorPipe[1], 2)
        // The child starts with default signal dispositions, whatever this process ignores.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF))

        var environment: [String] = []
        var index = 0
        while let entry = environ[index] {
            let text = String(cString: entry)
            if let equals = text.firstIndex(of: "="), extra[String(text[..<equals])] != nil {} else { environment.append(text) }
            index += 1
        }
        environment += extra.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }

        var pid: pid_t = 0
        let status = withCStrings([executable] + arguments) { argv in
            withCStrings(environment) { envp in
                posix_spawn(&pid, executable, &actions, &attributes, argv, envp)
            }
        }
        close(inputPair[1]); close(outputPipe[1]); close(errorPipe[1])
        guard status == 0 else {
            closeAll([inputPair[0], outputPipe[0], errorPipe[0]])
            throw StartError(message: "\(executable): \(String(cString: strerror(status)))")
        }
        var streams = Streams(input: input, inputFD: inputPair[0], outputFD: outputPipe[0], errorFD: errorPipe[0])
        let killed = streams.serve(deadline: timeout.map { ContinuousClock.now + .seconds($0) }) { _ = kill(pid, SIGKILL) }
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WTERMSIG, written out: the C macros are not imported.
        let signal = waitStatus & 0x7f
        let ending: Ending = killed ? .timedOut : signal == 0 ? .exited((waitStatus >> 8) & 0xff) : .signalled(signal)
        return Result(ending: ending, output: streams.output, error: streams.error)
    }

    /// The name of a signal as people know it: `SIGABRT`.
    static func signalName(_ signal: Int32) -> String {
        switch signal {
        case SIGABRT: "SIGABRT"
        case SIGSEGV: "SIGSEGV"
        case SIGBUS: "SIGBUS"
        case SIGILL: "SIGILL"
        case SIGFPE: "SIGFPE"
        case SIGKILL: "SIGKILL"
        case SIGTERM: "SIGTERM"
        case SIGTRAP: "SIGTRAP"
        default: "signal \(signal)"
        }
    }

    private static func failure(_ call: String) -> StartError {
        StartError(message: "\(call): \(String(cString: strerror(errno)))")
    }

    private static func closeAll(_ descriptors: [Int32]) {
        for descriptor in descriptors where descriptor >= 0 { close(descriptor) }
    }

    /// NUL-terminated C strings for `argv`/`envp`, valid inside `body` only.
    private static func withCStrings<R>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> R) -> R {
        let pointers: [UnsafeMutablePointer<CChar>?] = strings.map { strdup($0) } + [nil]
        defer { for pointer in pointers { free(pointer) } }
        return body(pointers)
    }
}

/// The parent's ends of the three streams, served until the child closes output and error.
private struct Streams {
    var input: [UInt8]
    var inputFD: Int32
    var outputFD: Int32
    var errorFD: Int32
    var output: [UInt8] = []
    var error: [UInt8] = []
    var written = 0

    /// Serves the streams until the child closes output and error. Past `deadline` (on the
    /// continuous clock, which wall-clock changes cannot stretch) it calls `kill`, closes its ends
    /// (what a killed child wrote is not wanted) and returns true.
    mutating func serve(deadline: ContinuousClock.Instant?, kill: () -> Void) -> Bool {
        if input.isEmpty { closeInput() }
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while outputFD >= 0 || errorFD >= 0 {
            var wait: Int32 = -1
            if let deadline {
                let left = ContinuousClock.now.duration(to: deadline)
                if left <= .zero {
                    kill()
                    closeInput()
                    for descriptor in [outputFD, errorFD] where descriptor >= 0 { close(descriptor) }
                    (outputFD, errorFD) = (-1, -1)
                    return true
                }
                wait = Int32(min(left / .milliseconds(1), 60_000).rounded(.up))
            }
            var descriptors = [
                pollfd(fd: inputFD, events: Int16(POLLOUT), revents: 0),
                pollfd(fd: outputFD, events: Int16(POLLIN), revents: 0),
                pollfd(fd: errorFD, events: Int16(POLLIN), revents: 0),
            ]
            // A negative descriptor is skipped by poll.
            if poll(&descriptors, 3, wait) < 0 {
                if errno == EINTR { continue }
                break
            }
            if inputFD >= 0 && descriptors[0].revents != 0 { writeSome() }
            if outputFD >= 0 && descriptors[1].revents != 0 { Self.readSome(&outputFD, into: &output, buffer: &buffer) }
            if errorFD >= 0 && descriptors[2].revents != 0 { Self.readSome(&errorFD, into: &error, buffer: &buffer) }
        }
        closeInput()
        return false
    }

    private mutating func writeSome() {
        let count = input[written...].withUnsafeBytes { bytes in
            send(inputFD, bytes.baseAddress, min(bytes.count, 65_536), Int32(MSG_NOSIGNAL | MSG_DONTWAIT))
        }
        if count > 0 {
            written += count
            if written == input.count { closeInput() }
        } else if count < 0 && errno != EAGAIN && errno != EINTR {
            closeInput()  // the child stopped reading (it ended or crashed); its ending says why
        }
    }

    private mutating func closeInput() {
        if inputFD >= 0 { close(inputFD) }
        inputFD = -1
    }

    private static func readSome(_ descriptor: inout Int32, into bytes: inout [UInt8], buffer: inout [UInt8]) {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count > 0 {
            bytes += buffer[0..<count]
        } else if count == 0 || (errno != EINTR && errno != EAGAIN) {
            close(descriptor)
            descriptor = -1
        }
    }
}
