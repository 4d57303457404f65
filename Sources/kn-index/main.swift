import KNCLI

CommandRunner.main(IndexCommand.self, name: "kn-index")
