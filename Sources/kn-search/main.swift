import KNCLI

CommandRunner.main(SearchCommand.self, name: "kn-search")
