/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Identity Entry</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A multiconfiguration virtual machine (IDENTITY), one instance per member built from its SUBCONFIGs [C].
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.IdentityEntry#getSubconfigs <em>Subconfigs</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getIdentityEntry()
 * @model
 * @generated
 */
public interface IdentityEntry extends VirtualMachine {
	/**
	 * Returns the value of the '<em><b>Subconfigs</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.Subconfig}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Subconfigs</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getIdentityEntry_Subconfigs()
	 * @model containment="true"
	 * @generated
	 */
	EList<Subconfig> getSubconfigs();

} // IdentityEntry
