using FsCheck.Xunit;

[assembly: Properties(Arbitrary = [typeof(Caf.Accompagnement.Tests.ArbitrairesDuDomaine)], MaxTest = 200)]
