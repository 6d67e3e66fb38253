using FsCheck.Xunit;

[assembly: Properties(Arbitrary = [typeof(Caf.Accompagnement.Testing.ArbitrairesCaf)], MaxTest = 200)]
