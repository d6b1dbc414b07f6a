/**
 */
package ssiplan.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Operator Script</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A scripted list of operator steps run in order, for what the other scenario kinds do not cover.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link ssiplan.model.OperatorScript#getSteps <em>Steps</em>}</li>
 * </ul>
 *
 * @see ssiplan.model.SsiplanPackage#getOperatorScript()
 * @model
 * @generated
 */
public interface OperatorScript extends Scenario {
	/**
	 * Returns the value of the '<em><b>Steps</b></em>' containment reference list.
	 * The list contents are of type {@link ssiplan.model.OperatorStep}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The steps, in order.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Steps</em>' containment reference list.
	 * @see ssiplan.model.SsiplanPackage#getOperatorScript_Steps()
	 * @model containment="true"
	 * @generated
	 */
	EList<OperatorStep> getSteps();

} // OperatorScript
