fn main() -> std::process::ExitCode {
    selfcheck::main()
}
