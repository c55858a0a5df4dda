import LabRunCLI

LabRun.main()
