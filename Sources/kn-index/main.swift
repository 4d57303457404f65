import KNCLI
import KNIndexCLI

CommandRunner.main(IndexCommand.self, name: "kn-index")
