package ssiplan.diagram.commands;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;

import ssiplan.model.SsiplanPackage.Literals;

/** The attribute direct edit changes for each kind of node: the name a z/VM systems programmer types. */
public final class NameFeatures {

	private NameFeatures() {
	}

	public static EAttribute of(EObject element) {
		return switch (element.eClass().getClassifierID()) {
			case ssiplan.model.SsiplanPackage.CEC -> Literals.CEC__NAME;
			case ssiplan.model.SsiplanPackage.LPAR -> Literals.LPAR__NAME;
			case ssiplan.model.SsiplanPackage.MEMBER -> Literals.MEMBER__NAME;
			case ssiplan.model.SsiplanPackage.DASD_VOLUME -> Literals.DASD_VOLUME__VOLSER;
			case ssiplan.model.SsiplanPackage.VIRTUAL_SWITCH -> Literals.VIRTUAL_SWITCH__NAME;
			case ssiplan.model.SsiplanPackage.OSA_DEVICE -> Literals.REAL_DEVICE__NAME;
			case ssiplan.model.SsiplanPackage.USER_ENTRY, ssiplan.model.SsiplanPackage.IDENTITY_ENTRY -> Literals.VIRTUAL_MACHINE__USERID;
			default -> null;
		};
	}

	/** z/VM names are upper case (system names, userids, volsers, switch names); LPAR and CEC names too on the HMC. */
	public static String normalise(String typed) {
		return typed == null ? null : typed.strip().toUpperCase(java.util.Locale.ROOT);
	}
}
